"""The vocabulary of boilerplate: the patterns :mod:`summarize.text._clean` applies line by line.

Part of text/'s first step; kept apart from the rules that use them so that each rule
in :mod:`summarize.text._clean` reads as a sentence.
"""

from __future__ import annotations

import re

# The patterns live in one place so that they can be read, tested and extended there.
# Every pattern is general: agencies, labels and page-furniture words of news sites at
# large, never the strings of one site.

AGENCY = (
    r"(?i:reuters|afp|ap|associated\s+press|getty(?:\s+images)?|epa(?:-efe)?|efe|ansa|dpa"
    r"|xinhua|anadolu(?:\s+agency)?|bloomberg|shutterstock|alamy|pa(?:\s+(?:images|wire|media))?"
    r"|nurphoto|sopa(?:\s+images)?|sipa(?:\s+usa)?|zuma(?:\s+(?:wire|press))?|upi|kyodo|yonhap"
    r"|tass|sputnik|handout|pool|stringer|aap|imagn)"
)
PHOTO = r"(?i:photo(?:graph)?s?|images?|pictures?|credit|courtesy|foto)"
PAREN_CREDIT = rf"\((?=[^()]*(?:/|\b{PHOTO}\b))(?=[^()]*\b(?:{AGENCY}|{PHOTO})\b)[^()]{{1,120}}\)"
SEGMENT = r"[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}"  # a name or an outlet
SLASHED = rf"{SEGMENT}(?:\s*/\s*{SEGMENT})*"  # Name/Agency/Outlet

METADATA = re.compile(
    r"(?:(?:date|published|updated|posted|modified)\s*:?|(?i:date|published|updated|posted)\s*:)"
    r"\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)"
)
# A media player's or a share bar's controls glued before the text of a line: "Email This
# <sentence>", "CLOSE <video description>", "Skip in Skip x Embed x Share <sentence>". The
# words that follow start with a capital (a word of prose, not "CLOSE CALL"). Also a box's
# or a picture's label glued before a sentence's opening word ("Analysis There had been
# ...", "Image The mayor said ..."): a noun and then a capitalised article or pronoun is
# no prose ("Analysis of the vote shows ..." is).
WIDGET = re.compile(
    r"(?:(?:Email|Share|Print|Tweet)\s+This|CLOSE(?=\s+(?:Skip\s|[\"\u201c'\u2018]?[A-Z][a-z]))"
    r"|Skip\s+in\s+Skip\s+x\s+Embed\s+x\s+Share"
    r"|(?:Analysis|Image)(?=\s+(?:The|There|It|He|She|They|This|These|A|An|In|On|At|But|As"
    r"|When|While|After|For|Mr|Mrs|Ms|Dr)\b))"
    r"(?:\s+Skip\s+in\s+Skip\s+x\s+Embed\s+x\s+Share)?"
    r"\s+(?=[\"\u201c'\u2018]?[A-Z0-9])"
)
# A site's label before a paragraph: "Why it matters: ", "The big picture: ", "Yes, but: ".
# Two or three words, the first capitalised and the others in lower case (not "Ada Ode: ",
# a speaker's label, nor "The logic seems sound: ", a clause), then a capital: prose.
SECTION_LABEL = re.compile(
    r"[A-Z][a-z]*(?:,?\s[a-z]+(?:['\u2019][a-z]+)?){1,2}:\s+(?=[\"\u201c]?[A-Z])"
)
# A heading in capitals glued before its paragraph by a dash, as newsletters print one
# ("FARES GO UP - The harbour board said ..."): two to seven words in capitals, a dash
# between spaces, then a capitalised word of prose. One word ("OSLO - ") is a dateline,
# looked for among the opening lines only.
HEADING = re.compile(
    r"[A-Z][A-Z'\u2019&.,]*(?:\s+[A-Z][A-Z'\u2019&.,]*){1,6}"
    r"\s+(?:--?|[\u2013\u2014])\s+(?=[\"\u201c]?[A-Z][a-z])"
)
# A video's credit ending the line a player's controls open: the line is the video's
# description ("CLOSE <what the video shows>. Video provided by <Agency> Newslook").
VIDEO_CREDIT = re.compile(r"\bVideo\s+(?:provided\s+by|courtesy\s+of)\s+[A-Z][\w&.' -]{0,60}$")
# A dash inside a capitalised place name must be followed by a letter, so that the name
# and the dash that ends the dateline cannot share a run of dashes; and each word of
# the comma groups is matched one way only. Both keep the pattern linear on long lines.
_PLACE = r"[A-Z](?:[A-Z'.]|-(?=[A-Z'.]))"
DATELINE = re.compile(  # "HARBOURTON, W.M., Oct. 14 (Wire) - " or "LONDON — " before the lead
    rf"{_PLACE}{{2,}}(?:\s+{_PLACE}+)*(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){{0,2}})*"
    r"(?:\s*\([A-Z][\w .&-]{0,40}\))?\s*[-\u2013\u2014]+\s+(?=[A-Z\"\u201c'\u2018])"
)
DATELINE_LINES = 6  # a dateline opens the story, under at most a headline, byline and caption
# An outlet's name in capitals in brackets that opens the lead, after its place or alone,
# with a dash or none: "(KTV) A ferry sank ...", "KESSEL, W.M. (KTV) The harbour ...",
# "(KTV) -- Ferries ...". Not a party or
# an acronym after a name, which a word in lower case follows ("Ada Ode (MP) said"): the
# lead's first words, a name or not, then a word in lower case ("(KTV) Ada Ode said").
OUTLET_DATELINE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*){0,3}\s+)?\([A-Z]{2,6}\)"
    r"(?:\s*(?:--?|[\u2013\u2014])\s+(?=[\"\u201c]?[A-Z])"
    r"|\s+(?=[\"\u201c]?[A-Z][a-z]*(?:\s+[A-Z][a-z.]*){0,3}\s+[a-z\d\"\u201c]"
    r"|[\"\u201c]?(?:A|An|The|In|On|At)\s))"
)
# A dateline's dash whose place the page left out, opening a line of the lead: "— A
# judge's act ...". Only the dash is marked; the words after it start the sentence. A
# hyphen opens a list's item, and stays.
BARE_DATELINE_DASH = re.compile(r"(?:--|[\u2013\u2014])[ \t]+(?=[\"\u201c]?[A-Z][a-z'\u2019]*\s)")
# The words and numbers a time stamp is made of, and nothing else. Every piece can be
# read one way only (a run of digits is one piece, "11:05" is three, "a.m." is "a.m"
# and "."), so a long line of digits cannot be split into pieces in exponentially
# many ways when it turns out not to be a time stamp.
DATE_PIECE = (
    r"(?:\d+(?!\d)(?:st|nd|rd|th)?|[ap]\.?m|noon|midnight|today"
    r"|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?"
    r"|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|gmt|utc|bst|cet|[ecmp][sd]?t|on|at|[,.:|/\u2013\u2014-])"
)
TIMESTAMP = re.compile(  # "Published 11:05 a.m., Tuesday, Oct. 14", "Oct. 14, 2025 | 4 min read"
    rf"(?:(?:last\s+)?(?:published|updated|posted|modified)(?:\s*:)?(?:\s*{DATE_PIECE})+"
    rf"|(?:{DATE_PIECE}\s*)+\|\s*\d+\s*min(?:ute)?s?\s+read)\s*",
    re.IGNORECASE,
)
STAFF_CREDITS = re.compile(  # the wire services' closing "(Reporting by ...; Editing by ...)"
    r"\((?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b[^()]*\)",
    re.IGNORECASE,
)
JOB_TITLE = re.compile(  # a reporter's title alone on the line under the byline
    r"(?:[A-Z][a-z]+\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist"
    r"|Contributor|Photographer)(?:\s*,\s*[A-Z][\w ]{0,30})?"
)
CORRECTION = re.compile(  # editors' notes about the article itself, not about the story
    # "Correction:", "Correction 31 July 2017:", "Clarification (May 3, 2021):"
    r"(?:(?:correction|clarification)(?:\s+\(?(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?\s+\d{4}\)?)?"
    r"\s*:|editor['\u2019]?s\s+note\s*:"
    r"|this\s+(?:article|story|piece|post|report)\s+(?:was|has\s+been)\s+"
    r"(?:amended|updated|corrected|edited|changed|revised)\b"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|piece|post|report))",
    re.IGNORECASE,
)
SHOUTED_CTA = re.compile(r"\b(?:SUBSCRIBE|SIGN\s+UP|JOIN\s+NOW|DONATE|REGISTER)(?:\s+NOW)?\b")
LABELLED_CAPTION = re.compile(
    r"caption\s*:?\s+\S|(?i:(?:photo\s+|image\s+)?caption)\s*:\s*\S"
    # a picture's controls before its credit: "Enlarge this image toggle caption Name/Agency"
    r"|(?:Enlarge\s+this\s+image\s+)?i?toggle\s+caption\s+\S"
    # a gallery's counter, then its player's controls: "3 of 12 Full Screen Autoplay Close ..."
    r"|\d+\s+of\s+\d+\s+(?:(?:Full\s+Screen|Autoplay|Close|Skip\s+Ad|Next|Previous|Pause"
    r"|Play|\u00d7)\s+){2}"
)
# CREDIT_LINE is for fullmatch only. Its third branch first checks that the whole line
# is capitalised names (cheap: most lines soon show a word in lower case or a comma),
# and only then looks for an agency, which tries every agency at every word.
_CREDITED_NAMES = rf"{SLASHED}(?:\s+via\s+{SEGMENT})?"
CREDIT_LINE = re.compile(  # a whole line; labels are lower case (scraped fields) or take a colon
    rf"{PAREN_CREDIT}"
    r"|(?:(?i:photo(?:graph)?|image|picture|credit|source)s?(?:\s+credit)?\s*:"
    r"|(?:photo(?:graph)?|image|picture|credit|source)s?|(?i:photo(?:graph)?|image|picture)\s+by)"
    rf"\s*(?=[^.!?]*(?:\b{AGENCY}\b|/))[^.!?]{{1,100}}"
    rf"|(?={_CREDITED_NAMES}\Z)(?=[^/]*?\b{AGENCY}\b|.*/\s*{AGENCY}\b){_CREDITED_NAMES}"
    rf"|{SEGMENT}\s+via\s+Getty\s+Images"
)
# The agency alone in brackets, as a site prints it after the wire's own credit.
_BARE_AGENCY = rf"\(\s*{AGENCY}\s*\)"
# A photographer's name and the outlet, in brackets after a caption's last stop:
# "(Ada Ode/The Kessel Herald)". Two to four capitalised words before the slash make a
# person's name, so "(Kessel/Brennock)" or "(see table 2/3)" are no credit.
_NAMED_CREDIT = (
    rf"(?<=[.!?\"\u201d])\s+\((?:[A-Z][\w.'\u2019-]*\s+){{1,3}}[A-Z][\w.'\u2019-]*\s*/\s*"
    rf"{SEGMENT}\)"
)
# A credit the site cut short: "(AP Photo/Ada..." with no closing bracket.
_CUT_CREDIT = rf"\((?=[^()]*(?:/|\b{PHOTO}\b))[^()]{{1,120}}?(?:\.{{3}}|\u2026)"
ENDS_WITH_CREDIT = re.compile(  # "(Name/Agency)", "... 2019. AGENCY/Name", "... Photo: Name"
    # and "... Sevastopol. Ada Ode/Reuters": a name, then the agency; either bracketed
    # credit may be followed by the agency bare, as may a caption cut short ("...")
    rf"(?:(?:{PAREN_CREDIT}|{_CUT_CREDIT}|(?:\.{{3}}|\u2026))\s*{_BARE_AGENCY}"
    rf"|{PAREN_CREDIT}|{_CUT_CREDIT}|{_NAMED_CREDIT}"
    rf"|(?<=[.!?)\]])\s+(?:{AGENCY}|[A-Z][A-Z&.-]{{2,}})\s*/\s*{SLASHED}"
    rf"|(?<=[.!?)\]])\s+{SEGMENT}\s*/\s*{AGENCY}"
    rf"|(?<=[.!?)\]])\s+{PHOTO}(?:\s+credit)?\s*:\s*[A-Z](?:\S*\s*){{0,6}}\S"
    # a video's caption, then its outlet after a bar: "... on Sunday night. | ABC"
    rf"|(?<=[.!?\"\u201d])\s+\|\s+{SEGMENT})\s*$"
)
LEAD_CAPTION = re.compile(  # "Rex, a police dog, in 2004.": who, what, when, and no verb
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+(?:a|an|the)\s+[^,.!?]{1,60},"
    r"\s+(?:in|on|at|near|during|after|before|outside|inside)\s+[^.!?]{0,50}?\b(?:19|20)\d{2}\.?"
)
# A line that opens by naming its picture: "This undated photo provided by the police
# shows ...", "A sketch released of ...", "A file image from the probe shows ...". Told
# in the present tense or by a participle; "A photo released on Monday showed ..." is prose.
PICTURE_LINE = re.compile(
    r"(?:In\s+[Tt]his|An?|This|These)\s+"
    r"(?:(?!(?:is|was|are|were|will|would|has|have|had)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:photo(?:graph)?s?|images?|pictures?|sketch(?:es)?|drawings?|renderings?|screenshots?"
    r"|screen\s+grabs?|frame\s+grabs?|stills?|mugshots?|mug\s+shots?)\s+(?!perfect\b)"
    r"(?:(?:released|provided|taken|obtained|distributed|issued|posted|handed\s+out"
    r"|made\s+available)\s+(?:\w+\s+)?(?:of|by|on|in|at|from|to)\b(?![^.!?]*\bshowed\b)"
    r"|[^.!?,;\"\u201c]{0,120}?\b(?:shows?|showing|depicts?)\b)"
)
MONTH = (  # a month's name, written out or cut short
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A picture dated as a news agency's caption dates it: the weekday, then the month as the
# agency writes it (Jan., Feb., Aug., Sept. to Dec. cut short; March to July in full), the
# day and the year ("..., Friday, Oct. 4, 2024, in Kessel."). Prose names the
# weekday of a recent day or the date of an older one, not both with the year; a month
# written out that the agency cuts short ("Sunday, October 5, 2025") is not this style.
DATED_PICTURE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    r"(?:(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|March|April|May|June|July)\s+\d{1,2},\s+(?:19|20)\d\d\b"
)
# A video's blurb: what the clip shows, who reports it, then the day it was published in
# parentheses, closing the paragraph ("... Ada Ode reports. (Published Friday, June 27, 2014)").
# Prose dates what happened, not when its own words went up.
VIDEO_BLURB = re.compile(
    r"\(Published\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"{MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d\)$"
)
PHOTO_CUE = re.compile(
    r"\b(?:pictures?|photo(?:graph)?s?|images?|pictured|seen|shows?|showing|taken|pos(?:es?|ing)"
    r"|handout|grab|file)\b",
    re.IGNORECASE,
)
RELEASE_END = re.compile(r"#[ \t]*#[ \t]*#|-[ \t]*30[ \t]*-")  # a press release's end mark, alone
ABOUT_HEADING = re.compile(  # "About the Kessel Harbour Board": a release's section on its issuer
    r"About[ \t]+(?:[Tt]he[ \t]+)?[A-Z][\w&.'\u2019-]*(?:[ \t]+[\w&.'\u2019-]+){0,7}"
    r"(?<![.?!])"
)
COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?:\u00a9|&copy;)\s*\S|(?:copyright\s*)?\(c\)\s*(?:\d{4}|.*all rights)"
    r"|copyright\s+(?:\d{4}|\u00a9)"
    r"|(?:.*[.!?|\u2013\u2014-]\s*)?all rights reserved\W*$",
    re.IGNORECASE,
)
LINKS = re.compile(
    r"(?:read\s+more|more\s+news|more\s+from\s+\w+(?:\s+\w+)?|related(?:\s+\w+)?|see\s+also"
    r"|(?:also|further)\s+read(?:ing)?|read\s+also|recommended(?:\s+\w+)?|most\s+read"
    r"|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+like|trending(?:\s+now)?|top\s+stories)"
    r"\s*[:\u00bb>|\u2013\u2014]\s*\S",
    re.IGNORECASE,
)
# A label in capitals, a colon, then a title: a link to another story or a gallery
# ("PHOTOS: Ferries Of Kessel", "STORY: Pier Reopens After Storm"); the title is read apart.
SHOUTED_LINK = re.compile(r"[A-Z][A-Z'\u2019&.-]+(?:\s+[A-Z][A-Z'\u2019&.-]+){0,3}\s*:\s+(?=\S)")
CTA_KEYWORD = (
    r"subscri(?:be|bers?|ptions?)|sign(?:ed)?[\s-]?(?:up|in)|log[\s-]?in|newsletters?"
    r"|donat(?:e|ions?)|(?:leav|send|giv)(?:e|ing)\s+(?:us\s+)?a\s+tip|tip\s+(?:jar|line|us)"
    r"|news\s+tips?|tips?\s+today|cookies?|advertis(?:ers?|ements?|ing)|memberships?|paywall"
    r"|notifications?"
)
CTA_QUESTION = re.compile(
    r"(?:want|would\s+you|do\s+you|already|not\s+(?:yet\s+)?a|are\s+you|ha(?:ve|s)\s+an?|got\s+an?"
    rf"|like|liked|enjoy(?:ed|ing)?|interested|ready|looking|new\s+(?:here|to)|care\s+to)\b"
    rf".*\b(?:{CTA_KEYWORD}|conversation|comments?|account)\b.*\?$",
    re.IGNORECASE,
)
CTA_IMPERATIVE = re.compile(
    r"(?:please\s+)?(?:subscribe|sign[\s-]?up|sign[\s-]?in|log[\s-]?in|donate|support\s+(?:us|our)"
    r"|help\s+(?:us|keep|support|fund)|tap\s+here|follow\s+us|share\s+(?:this|on|via)"
    r"|click\s+(?:here|through|(?:to|for)\s+(?:share|subscribe|read|watch|see|view|return"
    r"|continue|download|listen|follow|more))"
    r"|join\s+(?:us|our|the\s+conversation)|become\s+an?\s+(?:member|subscriber|supporter|patron)"
    r"|get\s+(?:our|the\s+latest|unlimited|full\s+access)|download\s+(?:our|the\s+app)"
    r"|leave\s+a\s+(?:tip|comment)|tip\s+us|contact\s+us|continue\s+reading|read\s+the\s+full"
    r"|(?:watch|listen)(?:\s*:|\s+(?:now|live|here|our|the\s+(?:video|podcast)))"
    r"|create\s+an?\s+(?:free\s+)?account|start\s+(?:your|a)\s+(?:free\s+)?trial"
    r"|unlock\s+(?:this|the\s+full|unlimited|full|all)|upgrade\s+(?:now|today|your))\b",
    re.IGNORECASE,
)
CTA_KEYWORD_RE = re.compile(rf"\b(?:{CTA_KEYWORD})\b", re.IGNORECASE)
# "US" is a country. Written for speed, this is ``\b(?:[Yy]ou|[Yy]our|[Oo]ur|us)\b``
# (tests/test_text_clean.py checks that both find the same): it opens on the letters a
# match starts with, which the engine skips to in C (a lookahead or a word boundary
# first would be tried at every character); lookbehinds then tell the word apart.
READER = re.compile(r"[YyOou](?<!\w[YyOou])(?:(?<=[Yy])our?|(?<=[Oo])ur|(?<=u)s)(?!\w)")
REPORTED = re.compile(
    r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018]|\b(?:said|says|told|tells|according\s+to)\b",
    re.IGNORECASE,
)
TOKEN = r"(?:[A-Z](?:[a-z]+|[a-z]*[A-Z][a-z]+)(?:[-'\u2019][A-Z]?[a-z]+)*|[A-Z]\.)"
PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|du|al|el|bin|ibn|ter|dos|das)"
NAME = rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+)?{TOKEN}){{1,3}}"
BY_NAME = rf"[A-Z][A-Za-z'\u2019.-]+(?:\s+(?:{PARTICLE}\s+)?[A-Z][A-Za-z'\u2019.-]*){{0,3}}"
WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|The|Then|Now|Noon|Midnight)\b"
)
BYLINE = re.compile(
    rf"By\s+(?!{WHEN}){BY_NAME}(?:\s*[,&]\s*{BY_NAME}|\s+and\s+{BY_NAME})*"
    r"(?:\s*(?:[,|\u2022\u00b7\u2013\u2014-]|\bfor\b|\bin\b)\s*[A-Z][^.!?]{0,50})?"
    rf"|{NAME}\s*(?:,|\||\u2013|\u2014|-)\s*{AGENCY}(?:\s+\w+)?"
)
BARE_NAME = re.compile(NAME)
NAV_WEAK = {"the", "to", "for", "on", "in", "from", "this", "us", "you", "via", "all", "s", "x"}
NAV_VOCABULARY = (  # words of page furniture: menus, share bars, ad slots, teasers
    "latest breaking top news stories story headlines most popular read viewed shared related"
    " articles article more trending now recommended home menu search sections section share"
    " comments comment follow may also like skip content main navigation editor editors picks"
    " watch video videos photos gallery next previous prev back sign up log out subscribe"
    " advertisement advert ad ads sponsored continues continue below reading print email facebook"
    " twitter instagram linkedin whatsapp telegram reddit pinterest youtube tiktok copy link tweet"
    " close open toggle newsletter newsletters live updates coverage around web partner promoted"
    " scroll view see show hide load page"
)
NAV_WORDS = NAV_WEAK | set(NAV_VOCABULARY.split())
CTA_FIRST = {"share", "follow", "subscribe", "sign", "log", "like", "print", "email", "tweet"}
SENTENCE_BREAK = re.compile(
    r"[a-z0-9][.!?][\"'\u201d\u2019)]*\s+[\"\u201c(]?[A-Z]|[:;\u2014\u2013]"
)
PICTURE_VERB = re.compile(  # what caption writers see people do, in the present tense
    r"\b(?:(?:is|are)\s+(?:seen|pictured|shown)|stands?|sits?|walks?|holds?|looks?|pos(?:es?|ing)"
    r"|waves?|gestures?|raises?|carr(?:y|ies)|rides?|waits?|watch(?:es)?|kneels?|prays?|rests?"
    r"|lies|lie|hugs?|cries|cry|smiles?|reacts?|marches|march|flashes|flash|greets?|inspects?"
    r"|arrives?|leaves|attends?|celebrates?|gathers?|plays?|runs?|stands?\s+guard|patrols?"
    r"|rises|rise|burns?|flies|fly|flutters?|hangs?)\b"
)
WORD = re.compile(r"\w")
FINAL = ".!?\u061f\u2026:;\"'\u201d\u2019)]\u00bb"
# Quotation marks, and the invisible characters a page may leave in a line (a byte-order
# mark, zero-width spaces and joiners, a soft hyphen): a line printed again is the same
# line with or without them.
REPEAT_IGNORES = re.compile(
    "[\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a`\u00b4"
    "\u00ad\u200b-\u200f\u2060\ufeff]"
)
