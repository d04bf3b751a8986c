/**
 * Common given names and family names from many naming traditions, lower case. A capitalised run of
 * two or three words that opens with a given name (`Mark Tedeschi`) or, in East Asian order, with
 * a family name (`Zhang Xiaoqiang`, `Kim Shin-wook`) is most likely a person.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

const COMMON_GIVEN_NAMES = words(`
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

/**
 * More given names (issue 3), common across English, European, Arabic, Persian, Turkish, South
 * Asian and African naming traditions, chosen as frequent names rather than from any one text.
 * Names that are as often places, months or common words (`Chad`, `June`, `Grant`, `Milan`) are
 * left out, and so are brands (`Mercedes`, `Morgan`).
 */
const MORE_GIVEN_NAMES = words(`
  abby abe abraham ada adele adriana agnes ahmet aileen alain alastair alberto aldo alec alessandra
  alessandro alexei alexey alfonso alfredo alisha alistair allan alma alvaro amal ambrose amin
  amina anastasia anders andre andrei andrés angelica angus anil anjali ankit antoine anton anwar
  archie ariel arjun arnold arturo asad ashok ashraf astrid avi axel ayesha aziz barack barney
  basil beatrice becky belinda bernadette bernie bert bertrand bianca bjorn blake brendan brett
  brigitte brooke bruno bryce burak callum calvin cameron camila carlo carrie casey cecilia cedric
  celia cesar chandra charlene chelsea chester chloe chuck clarence clark claudio clint clive cody
  colleen conor constance cora corey cormac courtney curtis cyril dalia damian damien dana dante
  daria darius darrell deepak deirdre delia demetrius desmond devin dexter diego dimitri dina dirk
  dolores dominique donovan doreen dustin dwight edgar edmund eduardo edwin efrain elias elijah
  elisa elise ella ellie elliot eloise elsa emeka emil emilio emmanuel enrique enzo ernesto esteban
  estelle ethel etienne eugenia evan ezra fabian fabio faisal farah farid fatih federico felicity
  felipe fernanda fiona floyd francesco francois françois freddie frida fyodor gabriela gabrielle
  gareth garrett gavin gemma genevieve geoffrey gerard gerardo gerhard gilbert gilles giorgio
  giulia gladys glenda gonzalo greta guillermo gunnar gustav gwen habib hadi hakan hana hank
  harriet harvey hazel hector heinz helga henri herman hilary hillary hiroshi horace hubert hugo
  humberto hyun idris ignacio ilya imran ines ingrid irina iris irving isaiah ismail ivy jaime
  jalal jamal jana janine jared jasmine jean-claude jean-luc jean-pierre jenna jens jeremiah jerome
  jessie jodie joey johan jonas josef josephine juanita jules julio jürgen kai kamal kareem karin
  karina kasim katarina katrina keisha kenji khaled khalil kirk kirsten kofi konstantin kristen
  kristina kumar kwame lamar lance lars latoya laurence leila lena leonardo leroy lester liam lila
  lionel lloyd lorna lottie luc luca lucia luciano ludwig luigi luiz lydia lyndon mabel madeleine
  mahmoud mahmud maja malcolm mandy manfred manuela marcel marcela marcia marcus margarita mariana
  marina marisa marlene marta marvin masood mateo mathieu matthias maurice mavis maxim maxine
  mehmet melvin mia miles milo miriam mitchell mohan moira monique moses mustafa myra nadia nadine
  naveed neha nelson nestor niall nicolas nigel nikita nils nina noel norman nuno octavia olaf oleg
  olivia osman otto owen pablo paolo pascal patrice percy perry petra phil philippe phoebe
  pierre-luc pietro piotr priya qasim quentin quinn rachid radu ramesh randall rania raquel rashid
  reggie rene renee rex reza rhys ricardo rico riley roberta rocco rodney rodrigo roland rolf
  romain ronnie rory rosa rosalind ross rudolf rudy rupert ruslan sabrina sadiq saeed salim salma
  salvatore samir sandeep sanjay sasha saul selena serena sergio seth shane sharif sherry shirin
  sidney silvia simone sonia stacy stanislav stella sunil sven svetlana tamara tara ted teddy
  terrence thelma theo theodore thierry tobias toby tomas tomás toni tonya trevor tristan troy
  ulrich umar usman valentin valentina vera vernon veronica vicente vikram viktor vince viola
  vivian vladislav wade walid wallace warren wei wesley wilbur wilfred wilma winston wolfgang
  xavier yasmin yasser yolanda yosef youssef yves zach zainab zane zoe zoltan
`);

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...COMMON_GIVEN_NAMES,
  ...MORE_GIVEN_NAMES,
]);

export const FAMILY_NAMES_FIRST = words(`
  bai cai cao chan chang chen cheng cheung chiang chong choi chow chu chung cui deng ding dong du
  duan fan fang feng fu fung gao gong gu guo han hao he ho hou hu huang hui jia jiang jin kang ko
  kong kwan kwok lai lam lau lee lei leung li liang liao lin liu lo long lu luo ma mak mao meng ng
  pan peng qian qin qiu ren shao shen shi song su sun tam tan tang tao tian tsang wan wang wei wong
  wu xia xiang xiao xie xiong xu xue yan yang yao ye yeung yin yip yu yuan yue yung zeng zhang zhao
  zheng zhong zhou zhu zou kim park choi jung jeong kang cho yoon yun jang lim shin hwang ahn oh
  seo kwon hong moon song nguyen tran pham hoang huynh phan vu vo dang bui do ngo duong ly
`);
