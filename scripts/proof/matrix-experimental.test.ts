import { defineMatrix } from './matrix';

defineMatrix('experimental');
