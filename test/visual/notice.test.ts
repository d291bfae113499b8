import { lookAt } from './look.js';

lookAt('notice');
