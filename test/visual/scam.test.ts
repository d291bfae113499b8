import { lookAt } from './look.js';

lookAt('scam');
