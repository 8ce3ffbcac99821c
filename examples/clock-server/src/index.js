// A sketch of the handlers: each call's arguments are checked against the tool's schema before
// the handler runs (the gate reads this as input validation, MAE-L3-01).
import { Ajv } from 'ajv';
import tools from '../mcp-tools.json' with { type: 'json' };

const ajv = new Ajv();
const validators = new Map(tools.tools.map((t) => [t.name, ajv.compile(t.inputSchema)]));

export function call(name, args) {
  const validate = validators.get(name);
  if (!validate || !validate(args)) throw new Error(`invalid arguments for ${name}`);
  switch (name) {
    case 'current_time':
      return { iso: new Date().toLocaleString('sv-SE', { timeZone: args.timezone }), timezone: args.timezone };
    case 'convert_time':
      return { iso: new Date(args.time).toLocaleString('sv-SE', { timeZone: args.to }) };
    case 'days_in_month':
      return { days: new Date(Date.UTC(args.year, args.month, 0)).getUTCDate() };
  }
}
