import { lookAt } from './look.js';

lookAt('thanks');
