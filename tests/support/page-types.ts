/** One page of every type: home, each collection's index, each entry type, search with results, 404. */
export const PAGE_TYPES = [
  '/',
  '/regulations/',
  '/instructions/',
  '/sites/',
  '/programs/',
  '/practices/',
  '/regulations/priozersk-rasporyazhenie-364-r/',
  '/regulations/tomsk-polozhenie-o-trenerakh-2020/',
  '/instructions/tambov-dokumentoved/',
  '/sites/tambov-stazhirovochnaya-ploschadka/',
  '/programs/omsk-programma-msp/',
  '/practices/primer-keys-vzaimoobuchenie/',
  '/search/?q=площадок',
  '/404.html',
];
