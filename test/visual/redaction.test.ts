import { lookAt } from './look.js';

lookAt('redaction');
