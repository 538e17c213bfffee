import { defineMatrix } from './matrix';

defineMatrix('sid');
