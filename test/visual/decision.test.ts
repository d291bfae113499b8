import { lookAt } from './look.js';

lookAt('decision');
