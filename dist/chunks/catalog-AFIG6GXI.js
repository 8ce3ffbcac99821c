import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  catalog,
  catalogVersion,
  findCheck,
  findControl
} from "./chunk-F4WQQZ4N.js";
import "./chunk-SPMM4U4O.js";
export {
  catalog,
  catalogVersion,
  findCheck,
  findControl
};
