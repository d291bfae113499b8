import { lookAt } from './look.js';

lookAt('urgent');
