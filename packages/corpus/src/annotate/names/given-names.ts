/**
 * Common given names and family names from many naming traditions, lower case. A capitalised run of
 * two or three words that opens with a given name (`Mark Tedeschi`) or, in East Asian order, with
 * a family name (`Zhang Xiaoqiang`, `Kim Shin-wook`) is most likely a person.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const GIVEN_NAMES = words(`
  aaron abdul abdullah abigail adam adrian ahmad ahmed aidan aisha alan albert alejandro alex
  alexander alexandra alexis alfred ali alice alicia alison allison amanda amber amelia amir amit
  amy ana andrea andreas andrew andy angela angelo anita ann anna anne annie anthony antonio arthur
  ashley audrey austin barbara barry ben benjamin bernard beth betty beverly bill billy bob bobby
  bonnie boris brad bradley brandon brenda brent brian bridget brittany bruce bryan caitlin carl
  carla carlos carmen carol caroline carolyn catherine cathy charles charlie charlotte chen cheryl
  chris christian christina christine christopher cindy claire clara claude claudia colin connie
  craig cristina crystal cynthia dale dan daniel daniela danielle danny darren dave david dean
  deborah debra denis denise dennis derek diana diane dmitry dominic don donald donna doris dorothy
  doug douglas dylan earl ed eddie edith edward eileen elaine elena eli elizabeth ellen emily emma
  eric erica erik erin ernest esther ethan eugene eva evelyn fatima felix fernando florence frances
  francesca francis francisco frank franz fred frederick gabriel gail gary gene george georgia
  gerald gina giovanni giuseppe glen glenn gloria gordon grace graham greg gregory gustavo hamid
  hannah hans harold harry hassan heather heidi helen henry herbert holly howard hugh hussein ian
  ibrahim igor irene isaac isabel ivan jack jackie jacob jacqueline jake james jamie jan jane janet
  janice jason javier jay jean jeff jeffrey jennifer jeremy jerry jesse jessica jesus jill jim
  jimmy joan joanna joanne joe joel johann john johnny jon jonathan jordan jorge jose josé joseph
  josh joshua joy joyce juan judith judy julia julian julie justin kaitlyn karen karim karl kate
  katherine kathleen kathryn kathy katie keith kelly ken kenneth kerry kevin khalid kim kimberly
  klaus kurt kyle larry laura lauren lawrence leah lee leo leon leonard leslie lily linda lisa liz
  lois lorenzo louis louise lucas lucy luis luke lynn maggie malik manuel marc marco margaret maria
  marie marilyn mario marion mark marsha martha martin mary matt matthew maureen max megan melanie
  melissa michael michel michelle miguel mike mikhail mildred mohamed mohammad mohammed monica
  muhammad nancy naomi narendra natalie nathan neil nicholas nick nicola nicole nikolai noah nora
  norma olga oliver omar oscar pamela patricia patrick paul paula pedro peggy peter philip phillip
  pierre rachel rafael rahul raj ralph ramon randy raul ray raymond rebecca regina richard rick
  rita rob robert roberto robin roger ronald rose roy ruby russell ruth ryan sally sam samantha
  samuel sandra sara sarah scott sean sebastian sergei sergey shannon sharon shawn sheila shirley
  simon sofia sophia sophie stanley stefan stefania stephanie stephen steve steven stuart susan
  suzanne sylvia tammy tanya teresa terry theresa thomas tiffany tim timothy tina todd tom tommy
  tony tracy travis tyler valerie vanessa victor victoria vincent virginia vladimir walter wayne
  wendy william willie yusuf yuri zachary
`);

export const FAMILY_NAMES_FIRST = words(`
  bai cai cao chan chang chen cheng cheung chiang chong choi chow chu chung cui deng ding dong du
  duan fan fang feng fu fung gao gong gu guo han hao he ho hou hu huang hui jia jiang jin kang ko
  kong kwan kwok lai lam lau lee lei leung li liang liao lin liu lo long lu luo ma mak mao meng ng
  pan peng qian qin qiu ren shao shen shi song su sun tam tan tang tao tian tsang wan wang wei wong
  wu xia xiang xiao xie xiong xu xue yan yang yao ye yeung yin yip yu yuan yue yung zeng zhang zhao
  zheng zhong zhou zhu zou kim park choi jung jeong kang cho yoon yun jang lim shin hwang ahn oh
  seo kwon hong moon song nguyen tran pham hoang huynh phan vu vo dang bui do ngo duong ly
`);
