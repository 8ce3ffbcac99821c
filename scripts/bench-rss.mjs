// Preloaded into every benchmarked process: records its peak resident memory (KiB) at exit.
import { writeFileSync } from 'node:fs';

const out = process.env.MRG_BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
