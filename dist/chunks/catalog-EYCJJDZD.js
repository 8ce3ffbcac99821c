import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  catalog,
  catalogVersion,
  findCheck,
  findControl
} from "./chunk-EYXTZ7G3.js";
import "./chunk-2PPCLPZL.js";
export {
  catalog,
  catalogVersion,
  findCheck,
  findControl
};
