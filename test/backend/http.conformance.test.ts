// The HTTP adapter and the reference server on the embedded database (PGlite).
import { describeHttpConformance } from '../helpers/http-conformance.js';

describeHttpConformance('PGlite');
