import { lookAt } from './look.js';

lookAt('sending');
