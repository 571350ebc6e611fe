/**
 * One page of every type: home, each collection's index, a list filtered by a facet value (one with
 * its org chart), a facet's page of all values, each entry type, search with results, 404.
 */
export const PAGE_TYPES = [
  '/',
  '/regulations/',
  '/instructions/',
  '/sites/',
  '/programs/',
  '/practices/',
  '/regulations/status/deystvuet/',
  '/sites/region/',
  '/instructions/site/tambov-stazhirovochnaya-ploschadka/',
  '/regulations/priozersk-rasporyazhenie-364-r/',
  '/regulations/tomsk-polozhenie-o-trenerakh-2020/',
  '/instructions/tambov-dokumentoved/',
  '/sites/tambov-stazhirovochnaya-ploschadka/',
  '/programs/omsk-programma-msp/',
  '/practices/primer-keys-vzaimoobuchenie/',
  '/offerings/primer-seminar-omsk-nastavnichestvo/',
  '/calendar/',
  '/calendar/region-omskaya-oblast/',
  '/regions/',
  '/regions/omskaya-oblast/',
  '/search/?q=площадок',
  '/404.html',
];
