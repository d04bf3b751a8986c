/**
 * Words for peoples, nationalities and faiths. Capitalised, and tagged as proper nouns by wink, but
 * they describe people or things (`Pakistani youth`) rather than name a person, organisation or
 * place, so on their own they are not proposed.
 */

const DEMONYMS = `
  afghan afghans african africans albanian algerian american americans arab arabs argentine
  argentinian armenian asian asians australian australians austrian bangladeshi belgian belgians
  bolivian brazilian british briton britons bulgarian burmese cambodian canadian canadians chilean
  chinese colombian congolese croatian cuban czech danish dutch egyptian egyptians emirati english
  eritrean estonian ethiopian european europeans filipino finnish french georgian german germans
  ghanaian greek guatemalan haitian hispanic hungarian icelandic indian indians indonesian iranian
  iranians iraqi iraqis irish israeli israelis italian italians jamaican japanese jordanian kazakh
  kenyan korean koreans kurdish kurds kuwaiti latino latvian lebanese libyan lithuanian malaysian
  mexican mexicans mongolian moroccan nepalese nigerian norwegian pakistani pakistanis palestinian
  palestinians persian peruvian polish portuguese qatari romanian russian russians rwandan saudi
  saudis scottish serbian singaporean slovak somali spanish sudanese swedish swiss syrian syrians
  taiwanese tajik thai tibetan tunisian turkish ukrainian ukrainians uzbek venezuelan vietnamese
  welsh yemeni western eastern northern southern
  muslim muslims christian christians catholic catholics protestant protestants jewish jew jews
  hindu hindus buddhist buddhists sikh sikhs islamic orthodox sunni shia shiite shiites
  democrat democrats republican republicans communist communists socialist socialists
`;

export const DEMONYM_WORDS: ReadonlySet<string> = new Set(DEMONYMS.trim().split(/\s+/));
