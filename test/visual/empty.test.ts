import { lookAt } from './look.js';

lookAt('empty');
