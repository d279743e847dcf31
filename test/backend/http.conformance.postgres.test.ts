// The HTTP adapter and the reference server on PostgreSQL: run when DATABASE_URL names one (.ci/run starts it).
import { describeHttpConformance } from '../helpers/http-conformance.js';

describeHttpConformance('PostgreSQL');
