import { lookAt } from './look.js';

lookAt('screenshots');
