import { defineMatrix } from './matrix';

defineMatrix('trixie');
