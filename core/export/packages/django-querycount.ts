import type { PackageModule } from './module';

/** django-querycount: query counts in the runserver console, which it only prints while DEBUG is on. */
export const djangoQuerycount: PackageModule = {
  name: 'django-querycount',
  devOnly: true,
};
