import { lookAt } from './look.js';

lookAt('errors');
