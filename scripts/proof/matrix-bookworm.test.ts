import { defineMatrix } from './matrix';

defineMatrix('bookworm');
