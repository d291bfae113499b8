import { lookAt } from './look.js';

lookAt('queued');
