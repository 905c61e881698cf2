"""Direct quotes and their speakers.

Quote marks: “…”, „…“ / „…”, «…», "…" (straight). A quote left open at the end of a paragraph and
reopened at the start of the next one continues there (the English convention for long quotes).
Attribution rules, tried in this order for each quote (the rule name goes with the proposal):
- `said-after`: “…,” Aliyev said / “…,” said President Aliyev / “…,” the Kazakh leader pointed out / “…,”
  Aida Karimova, an analyst at …, said;
- `said-before-colon`: He said: “…” (also when the colon ends the previous paragraph);
- `said-that`: the leader noted that the “…” (a partial quote);
- `continuation`: “…,” Aliyev said, “…” (the second part joins the first);
- `as-said`: "As Tokayev noted, “…”" / "Как отметил Токаев, «…»";
- `transcript`: a paragraph "Ilham Aliyev: …" whose label is a known or titled name;
- `dash-led`: a paragraph "— …, — Aliyev said." (dialogue style), else the last speaker.
- a label paragraph "President Ilham Aliyev:" gives the next paragraph to that speaker (`transcript`);
  the article's first paragraph (its headline, "Szijjártó: Hungary wants …") is no transcript quote;
- `verb-final` (Turkish 'Erdoğan, "…" dedi.') and `subject-colon` (Azerbaijani '… bildirib: «…»'):
  the verb is last, so the speaker is the first name or title of the sentence before the quote.
- `subject-colon` also for English verbs of praise or reply before a colon ("Erdoğan praised Hungary's
  role: „…”", the object naming nobody) and Turkish "… şunları söyledi:" (the sentence naming one person);
- `adding-that`: "“…,” Orbán said, adding that the West “…”" (the partial quote is the first one's speaker's);
  `said-that` also for a partial quote ending a sentence of reported speech in its paragraph ("The Uzbek
  leader noted that trade rose …, “but …”"); neither for a quoted name in Title Case.
- the subject of an English or Russian sentence (SUBJECT: a name or title, an aside between commas,
  the verb) speaks: before a colon whatever the verb ("Aliyev, in turn, spoke about …: “…”",
  `subject-colon`); for a partial quote ending it after a speech verb and a bare clause, a participle or
  "described … as" ("Japarov said the organization had “…”", "…, saying “…”", `said-that`); the rest
  of the sentence must name nobody;
- `next-sentence`: "“…,” said X, an economist at …. “…”" (the second quote is X's too);
- Turkish '… "…" olduğunu söyledi' (`verb-final`), Azerbaijani '"…", - nazir qeyd edib' (`said-after`).
Reported speech without quote marks ("the Head of State noted that …", Azerbaijani "… bildirib ki, …")
makes its subject the last speaker, for a later "He said: “…”"; so does a sentence that opens the
quote's paragraph with a person ("Erdogan, who …, used his speech to …. “…,” he said").
- the subject also for "Aliyev thanked Turkey for what he called its “…”" (his own word), with a time before
  the verb ("Mirziyoyev last year described …"), and a participle clause ending in the quote ("…, saying
  Central Asia could not afford “…”"); "he" opening a paragraph may mean the previous paragraph's subject;
- Russian "«…», – считает экономист …" / "– говорил он на …"; Azerbaijani "– …, – deyə X vurğulayıb" and
  "O əlavə edib ki, …: "…"";
- a headline quote that the body quotes again is dropped (the body's stays);
- round 14: `next-paragraph`, a paragraph that is one whole quote after a paragraph ending in the last quote's
  attribution goes on in that voice.
- round 16b: `interview`, an English Q/A interview's "A: …" paragraphs are the one person its lead names.
- round 20: `words-of`, Turkish and Azerbaijani words recalled by another are the genitive owner's ('Erdoğan'ın "…"
  sözlerini hatırlatan Uraloğlu'); a case ending glued to the closing mark ('“… Ticarət Sazişi”nin') declines a name,
  no quote.
- round 24: `headline-label`, a headline 'Tokayev: “…”' (a holder's name, or one the body names in full) is his
  quote, unless the body quotes its words again or his longer body quote holds them all.
Speakers go through people.Resolver (names, offices on the article's date, anaphora).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dashboard.data import officeholders
from dashboard.data.text import fold

from . import places
from .cheap import search_after_literal
from .document import bold_label_end  # round 77 (brief77): a newsletter bullet's bold label before its subject
from .sentences import TIMECODE  # round 72 (tv72): a TV transcript turn's "[00:04:12]"
from .name_forms import (NAME_WORD_GOES_ON, TURKIC_GENITIVE_ENDINGS, az_bare_name_written, az_nominative,
                         has_turkic_patronymic, ru_genitive_phrase, ru_nominative, ru_nominative_of_genitive, ru_nominative_of_dative,
                         ru_nominative_of_oblique, with_turkic_patronymic)
from .people import CAPITALS, NAME_PARTICLES, PRONOUNS, RU_OPENING_ADVERBS, Person, Resolver, article_titles, \
    en_outlet_named, full_names, named_in_full, note_named_in_full, ru_titled_mentions
from .people import ru_titled_matches  # round 68 (forum68b): a deputy minister's title read past "заместитель"
from .people import en_counterparts_named  # round 48: an official's counterpart of one rank
from .people import names_a_namesake  # round 73 (history73): a run naming a place or body after a person
from .people import KAZAKH_KYRGYZ_CAPITALS  # round 51 (quotes_gaps51): Қ Ө Ү … open a Cyrillic name too
from .people import without_turkic_outlet  # round 19
from .people import RU_COUNTRY_ADJECTIVES  # round 57 (quotesru57): "турецкий спикер"
from .people import initial_named_in_full  # round 49 (quotes, local): "N.Bayramov"
from .name_forms import holder_spelling  # round 70 (statements70): "Prezident İlham Əliyev:" a holder's label
from .people import initials_fit  # round 55 (quotesother55): "И.Алиев отметил, что … «…»"
from .people import without_place_before_region_noun, without_region_name_after_name  # "X Y Atırau vilayəti ilə": X Y
from .people import _APPOSITIVE_TITLES  # round 78 (credit78): a credit line's title (_CREDIT_TITLE_HEAD)
from .people import _TITLE_WORDS  # round 24: a title before a headline label's surname ('Bakan Bolat: "…"')
from .people import _TURKIC_NAMESAKE  # round 27: "Nazir Heydər Əliyev adına parkın …" names a park, not the minister
from .people import AZ_POSSESSIVE_TITLES  # round 28: "Jogorku Keneşin sədri …" opens with a body, not a name
from .people import AZ_BODY_NOUN  # round 43: "Ticarət-Sənaye Palatası" read as a name is a body
from .people import _AZ_PARLIAMENT_WORD  # round 67 (komite67): "Nazir müavini Milli Məclisdə:" names no one
from .people import _LOCAL_BODY_WORDS, _PERSON_TITLES, _RU_TITLE_WORDS  # round 31: a title before a speaker's two words is no given name
from .people import _local_minister_country  # round 34: "Kazak Bakan"'s state
from .people import _local_demonym  # round 41: "Kazak Bakan Şakkaliyev" in a headline label
from .people import _LOCAL_DEMONYMS  # round 43, second wave: "Kazak büyükelçi:" as a headline label
from .people import _LOCAL_TITLES  # round 57: "Pavlodar Valisi Jaksıbekov:", a place's title before the surname
from .people import _EN_TITLE_KIN  # round 32: "The Senate chairwoman stressed …" opens a paragraph with a titled person
from .people import _WEB_NAME  # an interview's outlet by its web name ("Economy.az-ın suallarını") is no interviewee
from .people import ru_one_titled_named  # the one name a title word was given before (rounds 43, 63)
from .people import ru_one_region_head_named  # round 61 (quotesru61): a bare "аким" after another's words
from .people import ru_region_head_said  # round 65 (quotes65): "— сказал аким области." of two governors named
from .people import _names_of, _other_given_name  # round 34 (English quotes A): a table's namesake of a surname alone
from .people import _RU_NAMED_BEFORE_NAME, _ru_named_before_name  # round 40 (Russian quotes): a place before a name
from .people import _RU_OBLIQUE_BEFORE_NAME, ru_without_oblique_before_name  # round 40 (Russian quotes)
from .people import _EN_DAY_MONTH_WORDS  # round 57 (quotesen57): "On Monday Nur Aydın" names no "Monday"
from .people import _FOLDED_I  # round 34 (Azerbaijani quotes): a state's name folded as people._az_body_chairs folds a body's
from .romanize import romanize
from .romanize import is_cyrillic  # round 31
from .when import DAY_AND_TIME  # round 71 (stamp): a day and a time on a line of their own

# written out in full, not "заявила?": _COLON_VERB_WORDS reads each alternative as a word for the `in` checks
RU_VERBS = (r"заявила|заявил|сказала|сказал|отметила|отметил|подчеркнула|подчеркнул|добавила|добавил|сообщила|"
            r"сообщил|указала|указал|пояснила|пояснил|заявляет|отмечает|подчеркивает|говорила|говорил|говорит|"
            r"считает|полагает|уверена|уверен"
            # round 20: "— …, — поделился с журналистами X" (shared), as Uzbek and Kyrgyz outlets attribute a line
            r"|поделилась|поделился"
            # round 24: "«…», – прокомментировал данные министр X" (commented on), Kazakh and Kyrgyz papers' verb; "—
            # возразил X" (objected)
            r"|прокомментировала|прокомментировал|возразила|возразил"
            # round 25: "«…», – поручил глава правительства" (instructed), the government press services' verb
            r"|поручила|поручил"
            # round 27: "«…», – пожаловался он" (complained), the business press's verb for an entrepreneur's words
            r"|пожаловалась|пожаловался"
            # round 31: "«…», — посетовал он" (lamented), the same press's verb for a complaint
            r"|посетовала|посетовал")
# Round 9: "«…», — рассказал журналистам господин Джаббаров" (told, often with whom before the speaker)
RU_VERBS += r"|рассказала|рассказал"
# Round 13: "«…», — написал Ильхам Алиев в социальной сети" (wrote), "— уточнил он", "— заметила эксперт"
RU_VERBS += r"|написала|написал|пишет|уточнила|уточнил|заметила|заметил|констатировала|констатировал"
# Round 18: "«…», — дополнил председатель правления …", "— напомнил Алиев", "— резюмировал он", "— признал министр",
# "— ответил X", "— подытожил", "— убежден эксперт"
RU_VERBS += (r"|дополнила|дополнил|напомнила|напомнил|резюмировала|резюмировал|признала|признал|ответила|ответил|"
             r"подытожила|подытожил|убеждена|убежден")
# (and the imperfective past of earlier words: "Ранее Алиев отмечал, что «…»", "заявлял", "подчеркивал", "указывал")
RU_VERBS += r"|отмечала|отмечал|заявляла|заявлял|подчеркивала|подчеркивал|указывала|указывал"
# Round 19: verbs of urging, warning, promising, as a partial quote's verb ("X призвал партнеров «…»", "— предупредил
# эксперт", "пообещал «…»")
RU_VERBS += r"|призвала|призвал|предупредила|предупредил|пообещала|пообещал"
# Round 43 (Russian quotes): the imperfective promise of earlier words ("X обещал, что Бишкек «…»", "и обещал, что")
RU_VERBS += r"|обещала|обещал"
# Round 43 (Russian quotes): the reporter's present of "признал" (acknowledges): "X признаёт, что до цели далеко." makes
# X the one a later "— …, — пояснил замминистра" means, as "X считает, что …" does
RU_VERBS += r"|признаёт|признает"
# Round 30: assured ("X заверил, что налоги «…»", "— заверил министр"), the finance and central-bank reports' verb
RU_VERBS += r"|заверила|заверил"
# Round 32: joked, explained, went on, retorted ("«…», – пошутил он", "— объяснил министр", "— продолжил X", "— парировал
# эксперт") and the reporter's present ("— поясняет X", "— добавляет он", "— рассказывает X")
RU_VERBS += (r"|пошутила|пошутил|объяснила|объяснил|продолжила|продолжил|парировала|парировал|поясняет|добавляет|"
             r"рассказывает|уточняет")
# Round 44 (Russian quotes): the feature writer's present of "went on" and "answered" ("«…, – продолжает X. – …»",
# "X отвечает: «…»"), as "продолжил", "ответил"
RU_VERBS += r"|продолжает|отвечает"
# Round 57 (quotesru57): the analyses' present of "подытожил" and "резюмировал" ("«…», — подытоживает X")
RU_VERBS += r"|подытоживает|резюмирует"
# Round 61 (quotesru61): confessed ("— …, — признался он." under "Директор компании X Y рассказал, что …")
RU_VERBS += r"|призналась|признался"
VERBS = (r"said|says|stated|states|noted|notes|added|adds|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|"
         r"underscored|pointed out|points out|told [\w ]{1,30}?|declared|remarked|explained|continued|recalled|"
         r"highlighted|announced|wrote|asked|concluded|observed|affirmed|assured|mentioned|urged|went on|replied|"
         r"answered|commented|insisted|admitted|warned|believes|added that|reiterated|addressed [\w ]{1,30}?")
VERBS += r"|argued|argues|cautioned|conceded|acknowledged|predicted|complained|quipped"  # round 13
# Round 25: the present tense of feature writing before a reported clause or after a quote ("She warns, though, that
# “…”", "“…,” explains X"): speech verbs, no nouns among them
VERBS += r"|warns|cautions|explains|insists|admits|concedes|predicts|observes|complains"
# Round 14: more verbs right after a quote and its speaker, or before the speaker: "“…,” Aliyev vowed." (boasted,
# claimed, confirmed, promised, "posted on X", "tweeted" …) and the present of features ('“…,” insists Aigul Seitova, an
# economist', '“…,” X tells Eurasianet'). Only there (AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER): before a quote they
# would make a nested subject the speaker ("Tokayev said Aliyev had promised “…”" quotes no one for sure), and some
# are nouns too ("has made similar remarks")
AFTER_VERBS = VERBS + (r"|vowed|vows|promised|pledged|boasted|claimed|claims|confirmed|joked|maintained|asserted|"
                       r"suggested|lamented|recounted|proclaimed|posted|tweeted|responded|agreed"
                       r"|insists|explains|tells [\w ]{1,30}?|warns|recalls|admits|reckons|agrees|complains|concedes|"
                       r"acknowledges|predicts|suggests|observes|cautions|remarks|replies"
                       # round 24: a second analyst's answer to the first, '“…,” countered X of Chatham House'
                       r"|countered|counters|retorted|retorts|objected|objects")
AFTER_VERBS += r"|writes"  # round 16b: an analysis quoting a scholar, "“…,” writes X, a professor at …"
# Azerbaijani and Russian reports introduce a quote with these: "Prezident İlham Əliyev bildirib: «…»",
# "Нуртлеу отметил: «…»" (BEFORE_COLON); Russian also after it: "«…», — заявил Жапаров" (AFTER_VERB_SPEAKER_RU).
# Kept out of VERBS, which the English patterns try at every word of a speaker phrase.
AZ_VERBS = r"bildirib|deyib|qeyd edib|vurğulayıb|söyləyib|əlavə edib|bəyan edib|diqqətə çatdırıb|xatırladıb"
OTHER_VERBS = AZ_VERBS + "|" + RU_VERBS
# Turkish puts the verb after the quote and the speaker at the start of the sentence before it:
# 'Erdoğan, "…" dedi.' / '"…" diye konuştu.' / '"…" ifadesini kullandı.' (AFTER_VERB_FINAL)
# (round 20: "diye" before more verbs of saying, asking, warning and replying: '"…?" diye sordu', "diye uyardı", "diye
# yanıt verdi", "diye karşılık verdi"; round 21: complaining, reminding, telling, assessing, calling, announcing: "diye
# yakındı", "diye hatırlattı", "diye anlattı", "diye değerlendirdi", "diye çağrıda bulundu", "diye müjdeledi")
TR_VERBS = (r"dedi|diye (?:konuştu|ekledi|belirtti|vurguladı|kaydetti|seslendi|sordu|uyardı|yanıt verdi|cevap verdi|"
            r"karşılık verdi|ifade etti|açıkladı|dile getirdi|haykırdı|"
            r"yakındı|sitem etti|hatırlattı|anlattı|değerlendirdi|çağrıda bulundu|çağrı yaptı|not düştü|"
            r"tepki gösterdi|itiraf etti|müjdeledi|özetledi"
            # round 24: went on ('"…" diye devam etti', "diye sözlerini sürdürdü", "diye sözlerini tamamladı")
            r"|devam etti|sürdürdü|sözlerini sürdürdü|sözlerini tamamladı)|ifadesini kullandı|"
            r"ifadelerini kullandı|sözlerini kullandı"
            r"|sözlerini ekledi|sözlerine ekledi"  # round 32: '"…" sözlerini ekledi' (added these words, İHA, DHA)
            # round 24: the words given as an answer ('… sorusuna Erdoğan, "…" yanıtını verdi', "cevabını verdi"), and
            # "with the words" before the sentence's own verb, as "diyerek" ('Erdoğan, "…" sözleriyle konuşmasını bitirdi')
            r"|yanıtını verdi|cevabını verdi|sözleriyle|ifadeleriyle|ifadesiyle"
            # round 77 (column77): "with the sentence", the same ('… lider ise "…" cümlesiyle hafızalarda kaldı',
            # dev/1212)
            r"|cümlesiyle|cümleleriyle")
# Round 9: an assessment or statement "made" after the quote: 'Pekcan, "…" değerlendirmesinde bulundu.' /
# 'açıklamasında bulundu' / 'değerlendirmesini yaptı'
TR_VERBS += r"|(?:değerlendirmesinde|açıklamasında|uyarısında|çağrısında) bulundu|değerlendirmesini yaptı"
# Round 13: the words given as a message, an emphasis, a post: '"…" mesajını verdi', '"…" ifadelerine yer verdi'
# (in a post or a speech), '"…" vurgusu yaptı', '"…" diye yazdı'
TR_VERBS += r"|mesajını verdi|mesajı verdi|(?:ifadelerine|ifadesine|sözlerine) yer verdi|vurgusu(?:nu)? yaptı|diye yazdı"
# Round 16: the gerund "by saying" before the sentence's own verb: 'Erdoğan, "…" diyerek zirvenin önemine dikkat çekti'
# (Azerbaijani '"…" deyərək'): the subject before the quote said it
TR_VERBS += r"|diyerek|deyərək"
# Round 18: the same verbs in the pluperfect or reported past, for words said before the day told ('Erdoğan da geçen
# ay … görüşmesinde "…" demişti', "demiş", "diye konuşmuştu", "ifadelerini kullanmıştı"), and the present "diyor"
TR_VERBS += (r"|demişti|demiş|diyor|diye (?:konuşmuştu|eklemişti|belirtmişti|vurgulamıştı|yazmıştı)"
             r"|(?:ifadesini|ifadelerini|sözlerini) kullanmıştı")
# Round 18: Azerbaijani "deyə" and the verb with no speaker between them, the speaker the sentence's subject before the
# quote ('İqtisadiyyat naziri … forumda "…" deyə bildirib', "deyə vurğulayıb", "deyə qeyd edib"; round 20: with "the view"
# between, '"…" deyə fikrini bildirib', "deyə fikrini səsləndirib")
TR_VERBS += rf"|deyə (?:fikrini\s+)?(?:{AZ_VERBS}|səsləndirib|bölüşüb)"
# Round 18: "while saying" before a second speaker's clause ('Bolat, "…" derken, Cabbarov da "…" dedi'; Azerbaijani
# "deyərkən"), and Azerbaijani "voiced/shared the view" ('Cabbarov "…" fikrini səsləndirib')
TR_VERBS += r"|derken|deyərkən|fikrini (?:səsləndirib|bildirib|bölüşüb)"
# The view stressed or noted ('O, ticarətin “…” fikrini vurğulayıb', "fikrini qeyd edib"), and the thanks expressed for
# what the quote names ('Azərbaycan tərəfinə “… mühitinə görə” təşəkkürünü bildirib', "minnətdarlığını bildirib"): the
# subject's own words, as "fikrini bildirib" reads
TR_VERBS += r"|fikrini (?:vurğulayıb|qeyd edib)|(?:təşəkkürünü|minnətdarlığını) bildirib"
# Round 18: more statements "made" after the quote ('Erdoğan, "…" vurgusunda bulundu', "tespitinde bulundu", '"…"
# çağrısı yaptı', "uyarısı yaptı", "açıklaması yaptı")
TR_VERBS += (r"|(?:vurgusunda|tespitinde|önerisinde|eleştirisinde) bulundu"
             r"|(?:çağrısı|çağrısını|uyarısı|uyarısını|açıklaması|açıklamasını|değerlendirmesi) yaptı")
# Round 18b: the words given as news or a view ('Bolat, "…" bilgisini verdi', "bilgisini aktardı/paylaştı", '"…" görüşünü
# dile getirdi/paylaştı', "düşüncesini paylaştı"; Azerbaijani '"…" məlumatını verib')
# Round 67 (fidanq67): the statements "made" of round 9 and 18 in the pluperfect, for words said on an earlier leg of a
# tour the report looks back on ('Fidan ise "…" değerlendirmesinde bulunmuştu.', "açıklamasında bulunmuştu", dev/1089)
TR_VERBS += (r"|(?:değerlendirmesinde|açıklamasında|uyarısında|çağrısında|vurgusunda|tespitinde|önerisinde"
             r"|eleştirisinde) bulunmuştu")
TR_VERBS += (r"|bilgisini (?:verdi|aktardı|paylaştı)|(?:görüşünü|düşüncesini) (?:dile getirdi|paylaştı)"
             r"|məlumatını verib")
# Round 51 (quotes51b): a ministry release's formal past in -mıştır/-miştir ('Bakan Fidan, "…" demiştir', '"…"
# ifadesini kullanmıştır', '"…" diye vurgulamıştır'), the same verbs as the plain past above
_TR_FORMAL_SAID = (r"söylemiştir|belirtmiştir|vurgulamıştır|kaydetmiştir|ifade etmiştir|dile getirmiştir|açıklamıştır"
                   r"|bildirmiştir|eklemiştir|sözlerine eklemiştir|hatırlatmıştır")
TR_VERBS += (rf"|demiştir|diye (?:konuşmuştur|{_TR_FORMAL_SAID})|(?:ifadesini|ifadelerini|sözlerini) kullanmıştır")
# Round 30: a naming with "diye" ('Erdoğan, teşkilatı "…" diye nitelendirdi', "diye niteledi", "diye tanımladı"), the
# subject's own description of the object, as '"…" olarak nitelendirdi' reads
TR_VERBS += r"|diye (?:nitelendirdi|niteledi|tanımladı)"
# Round 77 (column77): or "tarif etti" (described), and the past of a recalled speech ('Orta Koridor'u "…" diye tarif
# etmişti', dev/1212; "diye nitelendirmişti", "diye tanımlamıştı")
TR_VERBS += r"|diye (?:tarif etti|tarif etmişti|nitelendirmişti|tanımlamıştı)"
# Round 67 (quotestr67): the particle "de/da" (too) between "diye" and its verb, the speaker's further point ('"…," diye
# de ekledi', "diye de konuştu", "diye de uyardı"; dev/1096), a verb with no subject as '"…" diye ekledi.' reads
TR_VERBS += (r"|diye d[ae] (?:ekledi|konuştu|belirtti|vurguladı|kaydetti|uyardı|hatırlattı|sordu|ifade etti|anlattı"
             r"|değerlendirdi|yakındı|not düştü|devam etti|sözlerini sürdürdü)")
# Azerbaijani after a quote: '«…», – deyə Prezident vurğulayıb.' (the speaker between "deyə" and the verb)
# Round 14: a given name shortened to its initial ("– deyə M.Cabbarov bildirib", "- N. Cəfərli əlavə edib"): that
# full stop ends no sentence, so the speaker phrases below may hold it
_INITIAL_DOT = rf"[{CAPITALS}]\.(?=\s?[{CAPITALS}])"
# Round 18b: the outlet told, in quote marks with its case ending ('«…», - Ceyhun Bayramov “Trend”ə açıqlamasında deyib',
# '– deyə X Y "Report"a bildirib'), is no end of the speaker's words either
_AZ_QUOTED_OUTLET = r"[“\"«][A-ZƏÜÖĞIİŞÇ][^“”\"«».;:!?]{0,30}[”\"»]-?[a-zəıöüşçğ]{0,4}(?=\s)"
# Round 29: or the outlet's web name with its case ('– X Y Oxu.az-a açıqlamasında deyib', '– deyə X Modern.az-a bildirib')
_AZ_WEB_OUTLET = r"[A-Za-z][\w\-]*\.(?:az|kz|uz|kg|tr|ru|com|info|news|media)-?[a-zəıöüşçğ]{0,4}(?=\s)"
# (round 34: up to 120 characters, a long body's chair, "deyə Azərbaycan Sahibkarlar Konfederasiyasının sədri X Y Report-a")
AZ_DEYE = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*deyə\s+(?P<spk>(?:{_INITIAL_DOT}|{_AZ_QUOTED_OUTLET}|{_AZ_WEB_OUTLET}|[^.;:!?«»“”\"]){{1,120}}?)"
                     r"\s+\w+(?:ıb|ib|ub|üb|mışdır|mişdir)\b")  # (round 20: Xalq qəzeti's "– deyə X vurğulamışdır")
# A partial quote inside a reported clause: 'Tatar, … olmasının "…" olduğunu söyledi' (the clause's verb
# nominalised: olduğunu, olacağını, gerektiğini), '… "…" olarak nitelendirdi' (described it as); and
# '"…" şeklinde konuştu' ("spoke in these words")
TR_CLAUSE_VERBS = (r"(?:\w+(?:ğunu|ğünü|ğını|ğini)|şeklinde)\s+(?:söyledi|belirtti|vurguladı|kaydetti|ifade etti|"
                   r"dile getirdi|açıkladı|bildirdi|ekledi|konuştu"
                   # round 27: the gerund before the sentence's own verb ('TBMM Başkanı, … "…" olduğunu vurgulayarak,
                   # toplumu … çağırdı'): the subject said it, as with "diyerek"
                   r"|vurgulayarak|belirterek|söyleyerek|ifade ederek|kaydederek)"
                   r"|olarak\s+(?:nitelendirdi|değerlendirdi|tanımladı)"
                   rf"|\w+(?:ğunu|ğünü|ğını|ğini)\s+(?:{_TR_FORMAL_SAID})"  # round 51: '… olduğunu söylemiştir'
                   # Round 78 (squote78): a release's formal past after "şeklinde" too, as after "diye" ('‘…’ diyen
                   # Bakanımız, ‘…’ şeklinde konuşmuştur', dev/1220)
                   rf"|şeklinde\s+(?:konuşmuştur|{_TR_FORMAL_SAID})"
                   # round 51 (quotes51b): an analysis's present tense, '… "…" olarak tanımlıyor' (describes it as)
                   r"|olarak\s+(?:nitelendiriyor|değerlendiriyor|tanımlıyor|niteliyor|görüyor)"
                   # round 53 (quotestr): the same present tense after a nominalised clause ('Kaya, ihracatın "…"
                   # olduğunu vurguluyor'), and the dative clause a speaker points to ('… olduğuna dikkat çekiyor')
                   r"|\w+(?:ğunu|ğünü|ğını|ğini)\s+(?:söylüyor|belirtiyor|vurguluyor|kaydediyor|ifade ediyor|"
                   r"dile getiriyor|hatırlatıyor|ekliyor|açıklıyor|düşünüyor|savunuyor)"
                   r"|\w+(?:ğuna|ğüne|ğına|ğine)\s+(?:dikkat çekti|dikkat çekiyor|işaret etti|işaret ediyor|inanıyor)")
# Azerbaijani after a quote, without "deyə": '"…", - nazir qeyd edib.' / '«…», Prezident bildirib.' (the
# speaker, often a bare title that means the one who spoke last, then the verb ending the sentence)
AZ_AFTER = re.compile(rf"^\s*[,.]?\s*[-–—]?\s*(?P<spk>(?:{_INITIAL_DOT}|[^\s.;:!?«»“”\"\-–—])"
                      rf"(?:{_INITIAL_DOT}|{_AZ_QUOTED_OUTLET}|{_AZ_WEB_OUTLET}|[^.;:!?«»“”\"]){{0,59}}?)"
                      rf"\s+(?:{AZ_VERBS})"
                      r"\s*(?:[.;]|$|,\s*[-–—]\s*(?=[«“\"„]))")  # round 18: or ", –" before the quote's next part
# Azerbaijani reported speech: "İqtisadiyyat naziri Mikayıl Cabbarov … bildirib ki, …" (its subject speaks)
AZ_INDIRECT = re.compile(rf"\b(?:{AZ_VERBS})\s+ki\b")
assert all(verb.endswith("b") for verb in AZ_VERBS.split("|")), "_reported_speech looks for 'b ki' first"
AFTER_VERB_FINAL = re.compile(rf"^\s*[,.!?]?\s*(?:{TR_VERBS}|{TR_CLAUSE_VERBS})\b")
# Round 9: the nominalised verb of the reported clause inside the quote marks, the speech verb right after:
# 'Erdoğan, ilişkilerin "tarihin … güçlü olmadığını" söyledi' / Azerbaijani 'Mirziyoyev … əlaqələrin «…
# inkişaf etdiyini» vurğulayıb' (the sentence's subject speaks, as in verb-final)
# (round 24: and the plural subject's clause, '… "ev sahibi gibi hissetmesini istediklerini" belirtti', "attıklarını",
# "artıracaklarını", Azerbaijani "etdiklərini", "edəcəklərini")
NOMINALISED_END = re.compile(r"\w(?:ğunu|ğünü|ğını|ğini|dığını|diyini|duğunu|düyünü|cağını|ceğini|acağını|əcəyini"
                             r"|(?:dık|dik|duk|dük|tık|tik|tuk|tük|acak|ecek)(?:larını|lerini)"
                             r"|(?:dıq|dik|duq|dük|tıq|tik|tuq|tük|acaq|əcək)(?:larını|lərini))$")
# (round 22: a prediction or reminder told so, '… "… kapanacağını" öngördü', "tahmin etti", "hatırlattı")
# (round 41, Turkish quotes: or the gerund, the sentence's own verb further on, '… temaslarının "son derece verimli
# geçtiğini" belirterek, … söyledi', as TR_CLAUSE_AFTER reads it after words of the clause)
# (round 47: a particle "too" before the verb, '… "… ufuk açtığını" da sözlerine ekledi', the subject's last point, as
# TR_CLAUSE_AFTER reads it after words of the clause)
BARE_VERB_AFTER = re.compile(r"^\s*(?:(?:de|da|də)\s+)?"
                             r"(?:söyledi|belirtti|vurguladı|kaydetti|ifade etti|dile getirdi|açıkladı|bildirdi|"
                             r"öngördü|tahmin etti|hatırlattı|"
                             # round 47: an analysis's present tense ('Rahimov, … "… sertleşeceğini" belirtiyor')
                             r"söylüyor|belirtiyor|vurguluyor|kaydediyor|ifade ediyor|dile getiriyor|hatırlatıyor|"
                             r"ekliyor|öngörüyor|"
                             # round 48 (quotes, other): an expert's view in an analysis ('Aydemir, hedefin "… anlam
                             # kazanacağını" düşünüyor', thinks; "inanıyor", believes; "savunuyor", argues)
                             r"düşünüyor|düşündü|inanıyor|savunuyor|savundu|değerlendiriyor|"
                             r"belirterek|vurgulayarak|kaydederek|söyleyerek|ifade ederek|dile getirerek|hatırlatarak|"
                             r"ekledi|sözlerine ekledi|vurğulayıb|bildirib|qeyd edib|deyib|söyləyib|əlavə edib|"
                             rf"{_TR_FORMAL_SAID})\b")  # round 51: '… "… olmadığını" vurgulamıştır'
# Round 67 (quotestr67): a complaint of a nominalised clause in the ablative, the quote its clause ('Yine de X,
# gümrükteki beklemelerin "her ay biraz daha uzadığından" şikâyetçi.', "… artacağından yakındı", "… düştüğünden
# şikâyet etti"; dev/1096): the sentence's subject said it, as before BARE_VERB_AFTER
_TR_ABLATIVE_CLAUSE_END = re.compile(r"\w(?:ğından|ğinden|ğundan|ğünden|cağından|ceğinden"
                                     r"|(?:dık|dik|duk|dük|tık|tik|tuk|tük|acak|ecek)(?:larından|lerinden))$")
_TR_COMPLAINED_AFTER = re.compile(r"^\s*(?:(?:de|da)\s+)?(?:şik[aâ]yetçi(?:ydi|dir|\s+oldu)?"
                                  r"|şik[aâ]yet\s+(?:etti|ediyor)|yakındı|yakınıyor|dert\s+yandı|dert\s+yanıyor)"
                                  r"(?=\s*[.!]|\s*$)")
# Round 23: the speaker after the participle may be a demonym and a lower-case office word, '"…" diyen Türkmen lider,
# …' (the Turkmen leader, the head of state the resolver names by office); without it the run stops at "Türkmen"
# (round 74, misc74: or a deputy's title, '"…," diyen Türkmen bakan yardımcısı, "…" ifadesini kullandı', dev/1176)
_TR_DEMONYM_ROLE = (r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+\s+(?:lider|cumhurbaşkanı|başbakan|dışişleri\s+bakanı|"
                    r"bakan(?:\s+yardımcısı)?)(?=[\s,;])")
# Round 9 (Turkish/Azerbaijani): the quote as the object of a participle before its speaker, '"…" diyen
# Bolat, …' / '"…" diyen Cumhurbaşkanı Erdoğan, …' / Azerbaijani '«…» deyən nazir …' ("X, who said …")
# Round 12: more participles of saying, '"…" ifadelerini kullanan Üstel, …' (who used the words), "diye konuşan",
# "şeklinde konuşan", "açıklamasında bulunan"
# Round 16: '"…" sözleriyle konuşmasına başlayan Erdoğan, …' (who began his speech with the words; "ifadeleriyle",
# Azerbaijani "sözləri ilə çıxışına başlayan"): the words, then up to three lower-case words ending in a participle
# (round 52, quotes52a: a dash may come before "deyən" as before "deyə", '«…», – deyən Azərbaycan Prezidenti …')
TR_SAYING = re.compile(rf"^\s*,?\s*(?:[-–—]\s*(?=de|di))?"
                       rf"(?:diyen|deyən|(?:ifadesini|ifadelerini|sözlerini)\s+kullanan|(?:diye|şeklinde)\s+"
                       rf"(?:konuşan|ekleyen)|(?:değerlendirmesinde|açıklamasında)\s+bulunan|"
                       # round 29: '… "…" olarak nitelendiren X, …' (who described it as)
                       rf"olarak\s+(?:nitelendiren|niteleyen|değerlendiren|tanımlayan)|"
                       # round 30: a partial quote ending a nominalised clause, '… ilişkilerin "…" olduğunu söyleyen X,
                       # …' (who said relations were …), the Turkish agencies' lead into a longer quote
                       rf"(?:olduğunu|olacağını|olmadığını)\s+(?:söyleyen|belirten|vurgulayan|kaydeden|ifade\s+eden)|"
                       # round 30: or the quote itself ends in the nominalised verb, the participle right after it
                       # ('ticaretin "… çıkabileceğini" belirten X, …'): the participle's object is the quote
                       rf"söyleyen|belirten|vurgulayan|kaydeden|"
                       rf"(?:sözleriyle|ifadeleriyle|sözləri\s+ilə|ifadələri\s+ilə)\s+(?:[a-zçğıöşüə]+\s+){{0,2}}?"
                       rf"[a-zçğıöşüə]+(?:an|en|ən))\s+(?P<spk>(?:{_TR_DEMONYM_ROLE}|[{CAPITALS}][\w'’\-]*|bakan|nazir|prezident"
                       rf"|cumhurbaşkanı)(?:\s+[{CAPITALS}][\w'’\-]*){{0,7}})(?=\s*[,;]|\s+[a-zəıöüşçğ])")
# (round 19: up to eight capitalised words, a company's and board's title before the name: '"…" diyen Aydın Holding
# Yönetim Kurulu Başkanı Ali Rıza Aydın, …')
# an Azerbaijani verb before a colon: the evidential past "-ıb/-ib/-ub/-üb" ("bildirib:", "toxunub:")
AZ_COLON_VERB = re.compile(r"\w(?:ıb|ib|ub|üb)\s*:\s*$")
# (round 13: a title of address shortened with a full stop may open it, "Mr. Aliyev", "Dr. Aigul Seitova")
# (round 18b: or a given name's initial, as state agencies write it, '“…,” J. Bayramov noted', "said Sh.Mirziyoyev"; a
# capital and at most one small letter, then a capitalised word: "U.S." is none)
_EN_INITIAL = r"[A-Z][a-z]?\.\s?(?=[A-Z][a-z])"
_ABBREVIATED_TITLE = rf"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+|{_EN_INITIAL})?"
# (round 14: or a name's lower-case particle, "“…,” von der Leyen said")
# (round 18b: a name may open with a capital letter with a diacritic, "“…,” Ömer Bolat said", "said Ágnes Vadai": Latin
# capitals of CAPITALS, no Cyrillic, since these forms' verbs are English)
_EN_CAPITALS = CAPITALS.replace("ЁА-Я", "")
# (round 19: the initial may follow a title, as state agencies write it, '“…,” Minister R. Meredov said')
_SPEAKER = rf"(?P<spk>{_ABBREVIATED_TITLE}(?:[{_EN_CAPITALS}][\w'’\-]*|the|he|she|He|She|The|{NAME_PARTICLES})(?:[ ,](?:{_EN_INITIAL})?[\w'’\-]+){{0,9}}?)"
# (round 25: up to ten words, a state's title with a ministry's long name, '“…,” Tajikistan's Minister of Economic
# Development and Trade X Y said')
# the speaker may carry an aside between commas: '“…,” Aida Karimova, an analyst at a Baku think tank, said.'
# (round 14: or an age, '“…,” Aliyev, 63, said'; round 18: up to 120 characters, a title with its body's long name,
# "head of the Türkiye–Azerbaijan Business Council at the Foreign Economic Relations Board (DEİK)")
_ASIDE = r"(?:,\s+(?:[a-z][^,.;:!?“”\"«»„]{1,120}|\d{2}),)?"
AFTER_SPEAKER_VERB = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*{_SPEAKER}{_ASIDE}\s+(?:{AFTER_VERBS})\b", re.S)
# Round 14: the passive, '“…,” Tokayev was quoted as saying by his press service' (also "is quoted", "was cited",
# "reported", "was quoted by Kazinform as saying")
AFTER_QUOTED_AS = re.compile(rf"^\s*[,.!?]?\s*{_SPEAKER}{_ASIDE}\s+(?:was|is|has\s+been|had\s+been)\s+(?:quoted|cited|reported)"
                             r"\s+(?:by\s+[^,.;:!?“”\"«»„]{1,60}?\s+)?as\s+(?:saying|telling\s+[\w ]{1,30}?)\b", re.S)
# (round 14: "former" before a title, '“…,” said former Kyrgyz president X Y'; a lower-case office, '“…,” said the
# president of Kazakhstan', as "the president said" before it)
# Round 42: the dot of an outlet's web name in the speaker's title is no sentence's end ("“…,” said Ranking.kz analyst
# X Y."): the dot of a country's or a common domain before a space
_EN_WEB_NAME_DOT = r"\.(?:az|kz|uz|kg|tj|tm|tr|ru|hu|com|net|org|info|news)(?=\s)"
# Round 53 (quotesen): the verb first and then a bare lower-case title, as English writes it after a quote ("“…,” said
# the governor.", "said the mayor", "said the minister"): the speaker phrase people.py reads as any bare title (the one
# so titled, Resolver._en_one_titled; "the minister" the last speaker). AFTER_VERB_SPEAKER below took only a capital or
# a head's title followed by more words ("said the president of …"); its lookahead branch takes one of these titles'
# first letter as it takes a capital, so the title may end the sentence.
_AFTER_VERB_BARE_TITLES = ("governor|mayor|k?hokim|akim|minister|deputy prime minister|ambassador|envoy|chairman|"
                           "chairwoman")
AFTER_VERB_SPEAKER = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*(?:{AFTER_VERBS})\s+(?P<spk>(?:the\s+)?(?:former\s+)?{_ABBREVIATED_TITLE}"
                                rf"(?:[{_EN_CAPITALS}]|(?:president|prime minister|foreign minister|leader|head of state|"
                                # round 20: "said the head of the Kazakh government" (people._en_government_head)
                                rf"head of|top diplomat)\b|(?=(?:{_AFTER_VERB_BARE_TITLES})\b)[a-z])"
                                rf"(?:{_EN_WEB_NAME_DOT}|[^.;:!?“”\"«»]){{1,90}}?)\s*(?:(?!{_EN_WEB_NAME_DOT})[.,;]|$)")
# Russian puts the verb first and the speaker after it in lower case: "«…», — заявил президент Кыргызстана
# Садыр Жапаров." (AFTER_VERB_SPEAKER wants a capital there, as English does)
# (round 16b: "«…», — как подчеркнул министр … Мурат Нуртлеу." with "как", as the verb after a quote is also written)
# (round 19b: a given name's Cyrillic initial is no sentence's end, "— сказал Т. Сулейменов.", "Т.Сулейменов")
# (round 55: or the two letters of one sound, "Дж.Байрамов")
_RU_INITIAL_DOT = r"(?<![\w.])(?:[А-ЯЁ]|Дж)\.(?=\s?[А-ЯЁ])"
_RU_INITIAL_BEFORE_NAME = re.compile(r"(?<![\w.])(?:[А-ЯЁ]|Дж)\.\s?(?=[А-ЯЁ][а-яё])")  # round 55: "И.Алиев"
# (round 73, visits73b: or a linking aside between commas after the verb, "«…», — заявил, в свою очередь, X Y.",
# dev/1169, "— отметил, в частности, министр …", as "— заявил в свою очередь X Y" is read without them)
_RU_AFTER_VERB_LINK_ASIDE = r"(?:,\s+(?:в\s+свою\s+очередь|в\s+частности|со\s+своей\s+стороны|в\s+ответ|при\s+этом),)?"
AFTER_VERB_SPEAKER_RU = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:как\s+)?(?:{RU_VERBS}){_RU_AFTER_VERB_LINK_ASIDE}\s+"
                                   rf"(?P<spk>(?:{_RU_INITIAL_DOT}|[^.;:!?“”\"«»]){{1,90}}?)\s*(?:[.,;]|$"
                                   # round 56 (quotesru56): "— сказал X Y и добавил: «…»" (the next quote's,
                                   # _ADDING_COLON)
                                   r"|(?=\s+и\s+(?:добавил|добавила|продолжил|продолжила)\s*:))")
# Round 44 (Russian quotes): a title whose list of portfolios has commas ("— сказал министр инвестиций, промышленности
# и торговли Узбекистана X Y."), which AFTER_VERB_SPEAKER_RU cuts at the first comma: the rest, lower-case words of the
# list then the state and the name, up to the sentence's end
# (the title and its first portfolio two words or more, the list closed by "и": "— сказал спикер, выступая в Жогорку
# Кенеше" is a gerund's clause after a bare title, no list)
_RU_TITLE_LIST_REST = re.compile(r"\s*(?P<spk>(?:[а-яё]+,\s+){0,5}[а-яё]+(?:\s+[а-яё]+)?\s+и\s+(?:[а-яё]+\s+){1,3}"
                                 r"[А-ЯЁ][^.;:!?«»“”\",]{1,80}?)\s*(?:[.;]|$)")
# "«…», – говорил он на встрече с …": a pronoun, then where it was said (the phrase would not resolve whole)
# (round 44: a manner adverb may come before the verb, "«…», – коротко говорит он", "— уверенно отвечает она")
AFTER_VERB_PRONOUN_RU = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:[а-яё]{{3,}}о\s+)?(?:{RU_VERBS})\s+(?P<spk>он|она)\b")
# "As Tokayev noted, “…”" / "as he put it, “…”" / "Как отметил Токаев, «…»": the speaker in a clause before
# the quote, the clause ending in a comma right before it
# Round 16: or a colon ("As Irnazarov put it: “…”"), and where or to whom after the verb ("As Aliyev told
# reporters in Baku:", "as he put it to me,", "As Tokayev said at the summit last week,")
# ("As X puts it", "In X's words: “…”"; "In his words," is round 9's, the person the sentence before names)
AS_SAID = re.compile(rf"\b(?:[Aa]s\s+(?P<spk>[^,.;:!?«»“”\"]{{1,60}}?)\s+(?:{VERBS}|puts? it)"
                     rf"(?:\s+(?:to|in|at|on|during|after|last|earlier|this)\s[\w ]{{1,40}}?)?"
                     rf"|In\s+(?P<spk3>[A-Z][^,.;:!?«»“”\"'’]{{1,40}}?['’]s?)\s+(?:own\s+)?words"
                     # round 16b: where it was said between verb and speaker ("Как заявил в ходе брифинга
                     # официальный представитель МИД Казахстана X Y, «…»"), lower-case words after a preposition
                     rf"|[Кк]ак\s+(?:{RU_VERBS})\s+(?:(?:в|во|на)\s+(?:[а-яё]+\s+){{1,3}}?)?"
                     rf"(?P<spk2>(?:{_RU_INITIAL_DOT}|[^,.;:!?«»“”\"]){{1,60}}?))[,:]\s*$")
AFTER_ACCORDING = re.compile(rf"^\s*[,.]?\s*according to (?P<spk>[{_EN_CAPITALS}][^.;:!?“”\"«»]{{1,90}}?)\s*[.,;]")
BEFORE_COLON = re.compile(rf"(?P<spk>[\w'’\-]+(?:\s[\w'’\-]+){{0,7}}?)\s+(?:{VERBS}|{OTHER_VERBS})(?:\s[^:.!?“”\"]{{0,60}})?:\s*$")
BEFORE_THAT = re.compile(rf"(?P<spk>[\w'’\-]+(?:\s[\w'’\-]+){{0,7}}?)\s+(?:{VERBS})\s+(?:that\s+)?(?:the\s+|a\s+)?$")
CONTINUATION = re.compile(rf"^\s*,?\s*{_SPEAKER}\s+(?:{VERBS})(?:[^.!?“”\"]{{0,60}})?,\s*$")
# (round 16b: a TV transcript's note after the label is no part of it, "ALIYEV (through translator): …", "(in Russian)")
_LABEL_NOTE = r"(?:\s*\([A-Za-z ,\-]{2,40}\))?"
# (round 44: a label may open with any Latin capital, a Turkish surname's "Özkan:", "Çelik:", "Şahin:")
# Round 75 (bold75): a label in Markdown bold, the colon inside or outside it ("**Bakan Cuma:** Rakamlar …",
# "**Minister Cuma**: …"), as Anadolu Ajansı lays out an interview's two sides (dev/1188): the bold is no part of it
TRANSCRIPT = re.compile(rf"^(?:[-–—]\s*)?(?P<bold>\*\*)?(?P<spk>(?:[{_EN_CAPITALS}][\w'’.\-]+\s+){{0,3}}"
                        rf"[{_EN_CAPITALS}][\w'’\-]+)"
                        + _LABEL_NOTE
                        + r"\s*(?(bold)(?::\*\*|\*\*\s*:)|:)\s+(?P<q>\S.{10,})$", re.S)
# Round 51 (quotes_gaps51): a Russian interview's label in Cyrillic ("Джейхун Байрамов: Наша торговля …"), read as
# TRANSCRIPT's when the label is a known office holder (_labelled), with no question before it needed, as in English
_RU_TRANSCRIPT = re.compile(r"^(?:[-–—]\s*)?(?P<spk>(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w'’\-]+\s+){1,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w'’\-]+)"
                            r"\s*:\s+(?P<q>\S.{10,})$", re.S)
# A transcript's label on a line of its own ("President Ilham Aliyev:"), the words in the next paragraph
# (often dash-led: "- Dear Mr. President, …"), as APA and President.az print press statements; round 70 (statements70):
# any Latin capital opens its words, President.az's Azerbaijani "Prezident İlham Əliyev:" (dev/1128)
LABEL = re.compile(rf"^(?P<spk>(?:[{_EN_CAPITALS}][\w'’.\-]+\s+){{0,3}}[{_EN_CAPITALS}][\w'’\-]+)" + _LABEL_NOTE
                   + r"\s*:$")
# Reported speech in a paragraph without quote marks makes its subject the one speaking: "Opening the
# talks, the Head of State noted that …" is who a later "He said: “…”" means.
INDIRECT = re.compile(rf"(?:^|[,.]\s+){_SPEAKER}\s+(?:also\s+)?(?:{VERBS})\s+that\b")
# A partial quote that ends a reported clause of the speaker of the quote before it, in the same sentence:
# "“…,” Orbán said, adding that the West “no longer sets the rules”" / "…, he said, and noted that “…”".
# An occasion after an attribution's verb: a preposition of time or place and a determiner ("after his talks with X Y",
# "at the summit in Astana", "during their meeting"), not a clause ("after X Y said")
_EN_OCCASION_OF_ATTRIBUTION = (r"(?:after|during|following|at|in|on)\s+(?:his|her|their|the|a|an)\s"
                               r"[^,.;:!?“”\"«»„]{1,80}?")
_PARTICIPLES = (r"adding|noting|saying|stressing|emphasi[sz]ing|underlining|recalling|explaining|arguing|warning|"
                r"insisting|pointing out|observing|declaring|remarking")
# (the attribution's object may come first: "“…,” he told the leaders, adding that …"; round 12: "and said" with
# no "that", as a sentence goes on after a partial quote: 'X called the talks “…” and said gas could reach
# Europe “…”'; round 14: the that-clause of the quote before goes on, 'told reporters that Hungary needed “…” and
# that the link was “…”', also "but that")
# (round 18: or the speaker's appositive with capitals in it, '“…,” said X Y, a logistics analyst at Almaty-based
# consultancy Steppe Freight, adding that tariffs remained “…”')
# (or the occasion of the attribution, a name in it the other side's: '“…,” Erdoğan said after his talks with X Y, adding
# that “…”': _EN_OCCASION_OF_ATTRIBUTION)
ADDING_THAT = re.compile(rf"^(?:\s*(?:[a-z][\w ]{{0,40}}?|(?:an?|the)\s[^,.;:!?“”\"«»„]{{1,80}}?"
                         rf"|{_EN_OCCASION_OF_ATTRIBUTION})(?=,))?\s*,?\s*"
                         rf"(?:(?:and\s+|before\s+)?(?:also\s+)?"
                         # round 71 (trade71, quotes71a; dev/1141): a commentary's stronger verbs of assertion too,
                         # '… described Uzbekistan as "…" and claimed that "our trade has grown faster …"'
                         rf"(?:{_PARTICIPLES}|{VERBS}|claimed|claims|maintained|maintains|asserted|asserts|contended"
                         rf"|contends)\s+that"
                         rf"|(?:and|but)\s+that"
                         rf"|and\s+(?:also\s+)?(?:said|says|added|adds|noted|stressed|"
                         rf"argued|insisted|warned"
                         rf"|repeated|reiterated)"  # round 29: "and repeated that …"
                         # round 44 (English quotes): a participle of saying takes a bare clause too, '“…,” he added,
                         # saying Budapest and Baku wanted to lift trade “…”'
                         rf"|(?:and\s+)?(?:saying|adding|noting|arguing|warning|insisting))"
                         rf"\s+(?P<rest>[^.!?;“”\"«»„]{{0,150}})$")
# A partial quote that ends a sentence of reported speech: 'The Uzbek leader noted that trade rose …
# last year, "but this is far below our real potential."' (INDIRECT gives the subject)
# Round 24: "states" and "notes" of VERBS are nouns after a determiner, a number or a state's adjective ("the two
# states were “…”", "member states", "the Turkic states") or before a verb, "of", "and" or a full stop ("states agreed",
# "notes of protest"): no speech word there, or "Y said the two states were “…”" would read as another's speech
_EN_DETERMINER_BEFORE = "".join(rf"(?<!\b{word}\s)" for word in (
    "the", "two", "three", "four", "five", "six", "both", "all", "member", "these", "those", "our", "their", "its",
    "other", "sister", "fraternal", "brotherly", "neighbouring", "neighboring", "littoral", "Turkic", "founding",
    "observer", "Asian", "Caspian", "European", "diplomatic"))
_EN_NOUN_STATES = (r"(?!(?:states|notes)(?:['’.]|\s+(?:are|were|have|had|has|will|would|should|could|can|must|may|"
                   r"might|agreed|and|of|to|remain|remained|need|share|shared)\b))"
                   rf"(?:(?!(?:states|notes)\b)|{_EN_DETERMINER_BEFORE})")
# (and "so-called" holds no "called": 'X said the so-called “Turkic century” had begun, calling it “…”' is X's)
_SPEECH_WORD = re.compile(rf"\b(?<!so-){_EN_NOUN_STATES}"
                          rf"(?:{VERBS}|{_PARTICIPLES}|according|called|calling|described|describing|words|put it|"
                          r"quoted|quoting|quote)\b")
_QUOTE_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»]?\s+(?=[^a-z\s])")  # "U.S. dollars" is no break
# English verbs that put a quote after a colon with a subject of their own, besides VERBS ("said …:"):
# 'Turkish President Erdoğan praised Hungary's role: „…”' (the object must name nobody: "praised
# Erdoğan's words: “…”" quotes Erdoğan)
COLON_VERBS = (r"praised|welcomed|thanked|hailed|lauded|critici[sz]ed|described|summed up|spoke|touched upon|"
               r"touched on|congratulated|expressed|voiced|tweeted|posted|responded|reacted|argued|claimed|"
               r"acknowledged|promised|pledged|vowed|predicted|cautioned|appealed|joked|echoed|outlined|"
               r"summari[sz]ed|put it")
BEFORE_COLON_OTHER = re.compile(rf"(?P<spk>[\w'’\-]+(?:\s[\w'’\-]+){{0,7}}?)\s+(?:also\s+)?(?:{COLON_VERBS})"
                                rf"(?P<rest>\s[^:.!?“”\"]{{0,60}})?:\s*$")
# Turkish: 'Erdoğan, iki ülke arasındaki ticaret hacmine ilişkin şunları söyledi:' and the quote after it
# (the verb last, the speaker the one person the sentence names; _clause_subject)
TR_COLON_VERB = re.compile(r"\b(?:söyledi|konuştu|kaydetti|belirtti|ifade etti|vurguladı|dile getirdi|açıkladı|"
                           r"dedi|seslendi|ekledi|anlattı|değerlendirdi|yazdı|"
                           r"devam etti|sürdürdü|"
                           # round 39 (Turkish quotes): 'X, … şu değerlendirmede bulundu:' / 'şu açıklamayı yaptı:'
                           r"(?:değerlendirme|açıklama)(?:ler|lar)?(?:de|da)\s+bulundu|açıklama(?:yı)?\s+yaptı"
                           # round 63 (quotesother63): 'X, … belirterek şu bilgileri verdi:' (gave this
                           # information), the figures he gave quoted after the colon
                           r"|bilgi(?:leri|yi)\s+(?:verdi|paylaştı)"
                           rf"|{_TR_FORMAL_SAID}|konuşmuştur)"  # round 51 (quotes51b): "şunları söylemiştir:"
                           r"(?:\s+ki)?\s*:\s*$")  # round 10: 'X, şöyle devam etti:' (went on)
# The subject of an English or Russian sentence (the verb follows it), for quotes whose attribution is
# the sentence before or around them: an opening phrase ("Opening the meeting, ", "Комментируя их, "), the
# subject (a capitalised name or title, "the Azerbaijani leader", "Kazakhstan's President Tokayev", "He";
# round 12: "The elder/younger X" of a father and son, whichever of that surname the article named last; a
# title with "of" in it, "Azerbaijan's Minister of Economy Mikayil Jabbarov"),
# an aside between commas ("Aliyev, in turn,", "Erdogan, who has long championed the group,", "Али Асадов,
# в свою очередь,"; round 12: up to 150 characters, "Aliyev, who flew in on Saturday evening and held a
# three-way meeting with …,") and the verb.
# (round 27: "the vice president", a vice president named before, as a title alone: "The vice president called …")
# (round 35: "premier", "The Kyrgyz premier also called on …, describing … as “…”")
_OFFICE_HEAD = r"(?:[Hh]ead of [Ss]tate|[Ll]eader|(?:vice[\s\-])?[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Ff]oreign [Mm]inister|[Mm]inister)"
# a time between subject and verb: "Mirziyoyev last year described Azerbaijan as “…”", "Aliyev earlier told …"
# Round 43 (Russian quotes): a word shaped as a Russian verb of speech in the past or present (its ending: "называл",
# "заявила", "поделился", "считает", "говорит"), which a noun of time or place before it ("году", "Баку") is not
_RU_VERB_SHAPED = r"[а-яё]+(?:л|ла|ли|лся|лась|ет|ёт|ит|ют|ут|ят)(?![\w\-])"
_WHEN_ADVERB = (r"(?:last|this|earlier this|later that|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
                r"|earlier|previously|recently|once|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                # round 43 (Russian quotes): the Russian time adverbs there ("X ещё в прошлом году называл …", "X ранее
                # заявлял, что …", "не раз"), a preposition's time after them read by SUBJECT's own "в …" group
                r"|ещё|еще|ранее|прежде|уже|недавно|неоднократно|не\s+раз|тогда|накануне|вчера|сегодня"
                r"|весной|летом|осенью|зимой")
# round 12: a lower-case title word between a body's capitalised name and a full name ("Foreign Ministry
# spokeswoman Maria Zakharova was more diplomatic …", "Kremlin spokesman Dmitry Peskov told …"), which the
# capitalised-run alternative would cut at the title, read as the verb
_LOWER_TITLES = (r"spokesman|spokeswoman|spokesperson|press secretary|envoy|ambassador|adviser|advisor|aide|"
                 r"economist|analyst|expert|official|lawmaker|"
                 # round 27: a member of parliament in the British and Cypriot papers' short form ("CTP MP X Y said …")
                 r"MP|MEP|senator|"
                 # round 23: "Turkish Cypriot commentator X Y", "Kazakh political scientist X Y"
                 r"commentator|columnist|journalist|researcher|scholar|political scientist|"
                 # round 32: business people and a capitalised field at a sentence's start ("London-based Turkish
                 # Cypriot businessman X Y, who …, told …", "Political scientist Dr X Y said …")
                 r"businessman|businesswoman|entrepreneur|investor|hotelier|scientist|banker|exporter|importer|farmer|"
                 # round 37 (English quotes B): working people in street-level reports after their trade ("Truck driver
                 # X Y said …", "Textile trader X Y", "Cotton farmer"): people.py's _TITLE_WORDS keeps the word out
                 r"driver|trader|worker|engineer|teacher|shopkeeper|pilot|lecturer|vendor|merchant|"
                 # round 38 (English quotes): owners, residents and trades of local and business reports ("Hotel owner
                 # X Y said …", "Osh resident X Y", "Freight forwarder X Y", "Tour guide X Y")
                 r"owner|co-owner|co-founder|resident|grower|retailer|wholesaler|forwarder|broker|editor|chef|guide|"
                 r"diplomat")
# round 13: a company's or a ministry's head ("KazMunayGas chief executive Askhat Khassenov made the case …",
# "SOCAR president Rovshan Najaf has signaled …", "Kazakh transport minister Marat Karabayev")
_LOWER_TITLES += (r"|chief executive|chief executive officer|executive|president|vice president|chairman|chairwoman|"
                  r"managing director|director|head|chief|founder|minister|governor|mayor|researcher|fellow|"
                  r"specialist|consultant|professor|speaker"
                  # round 39 (English quotes C): a minister's deputy named after the owner's possessive ("Nurtleu's
                  # deputy, X Y, described …", "the minister's deputy X Y said")
                  r"|deputy")
_LOWER_TITLES += r"|(?:opposition|party|business)\s+leader|leader"  # round 16: "Turkish opposition leader X Y called …"
# round 19: a trade-press title with its rank or field before it ("TCDD Taşımacılık general manager X Y said …", "KTZ
# Express deputy head X Y told …", "Port of Baku commercial director X Y")
_LOWER_TITLES = (r"(?:(?:deputy|general|commercial|executive|first|senior|regional|country|technical|financial|"
                 rf"operating|marketing|sales|acting|former)\s+)?(?:{_LOWER_TITLES}|manager|officer|CEO|CFO|COO)")
# the body's kind in lower case between its name and the title: "Kazakh rail operator chief executive X Y", "the
# state oil company president X Y"
# (round 21: a government, a union or an association, whose members a plural possessive may name: "Cyprus government
# spokesman X Y said …", "Civil servants' union leader X Y said …", "Teachers' union leader", "Farmers' association head")
_LOWER_BODY = (r"(?:(?:state|national|central|oil|gas|energy|rail|railway|shipping|logistics|port|pipeline|power|mining|"
               r"transport|trade|investment|[a-z]+s['’])\s+){0,2}(?:company|operator|firm|group|giant|producer|carrier|"
               r"airline|bank|fund|consultancy|agency|holding|monopoly|government|union|association|federation|chamber)\s+")
# round 15: a minister's portfolio in lower case before the title: "Kazakhstan's trade minister X Y called …"
_LOWER_BODY = (rf"(?:{_LOWER_BODY}|(?:trade|economy|foreign|energy|transport|finance|agriculture|industry|defen[cs]e|"
               r"interior|justice|health|education|culture|labou?r|digital\s+development)\s+(?=minister\b))")
# Round 25: "and" inside a ministry's portfolio, after one of its nouns ("Minister for Foreign Affairs and Trade X Y",
# "Minister of Transport and Communications X Y"), not between two people ("Aliyev and Tokayev")
_EN_PORTFOLIO_AND = (r"(?:(?<=Affairs )|(?<=Economy )|(?<=Development )|(?<=Industry )|(?<=Energy )|(?<=Transport )|"
                     r"(?<=Finance )|(?<=Agriculture )|(?<=Trade ))and\s+")
# Round 27: an aside naming a minister of several portfolios, commas inside ("X Y, Uzbekistan's minister of investment,
# industry and trade, told …", "X Y, the minister of energy, mining and water, said …"): the list after "of" ends in
# "and" and a lower-case word, so the aside's own commas are no end of it
_EN_PORTFOLIO_LIST_ASIDE = r"[^,“”\"«»„:;]{1,80}?\bof\s+[a-z]+(?:,\s+[a-z]+)+,?\s+and\s+[a-z][^,“”\"«»„:;]{0,60}"
# Round 31: the adverbs of hearsay or manner between a subject and its verb, which are no verb themselves
_EN_HEARSAY_ADVERBS = r"reportedly|reputedly|allegedly|apparently|publicly|privately|personally|separately|repeatedly"
# Round 31: a place-based person's field in lower case between "X-based" and the title ("Tashkent-based agribusiness
# consultant X Y believes …", "Almaty-based independent economist X Y"): only after "-based", so a verb between a
# subject and a titled object ("Aliyev met trade minister X Y") stays no subject of X Y
# (round 39, English quotes B: the field may open with a capitalised word, "Tehran-based Caspian affairs analyst X Y")
_EN_BASED_FIELD = r"(?<=-based )(?:[A-Z][a-z]+\s+)?(?:[a-z][\w\-]*\s+){1,2}?"
SUBJECT = re.compile(
    rf"(?:[{CAPITALS}][^,“”\"«»„:;]{{0,60}},\s+)?"
    # (round 27: a body's name with "of" and its acronym in brackets before the lower-case title, "Chamber of Commerce
    # (KTTO) president X Y said …", "Republican Turkish Party (CTP) MP X Y Z")
    rf"(?P<spk>(?:[Tt]he\s+)?(?:[{CAPITALS}][\w\-]*(?:['’]s|(?<=s)['’])?\s+(?:of\s+(?:the\s+)?)?){{0,4}}"
    rf"(?:\([A-Z]{{2,6}}\)\s+)?(?:{_EN_BASED_FIELD})?(?:{_LOWER_BODY})?(?:{_LOWER_TITLES})\s+"
    rf"[{CAPITALS}][\w\-]*"
    rf"(?:\s+[{CAPITALS}][\w\-]*){{1,2}}"
    rf"|(?:[{CAPITALS}][\w\-]*['’]s\s+)?(?:(?:[Tt]he\s+)?(?:former\s+)?(?:[{CAPITALS}][\w\-]*\s+){{0,5}}"
    rf"{_OFFICE_HEAD}\b|(?:[Tt]he\s+(?:elder|younger)\s+)?[{CAPITALS}][\w\-]*"
    # (round 25: "for" too, a Hungarian or British portfolio, "Minister for National Economy X Y highlighted …")
    # (round 38, English quotes: "to" after an envoy's title, "Uzbek Ambassador to Turkey X Y expressed …")
    rf"(?:\s+(?:(?:of|for|(?<=Ambassador\s)to|(?<=Envoy\s)to)\s+(?:the\s+)?|{_EN_PORTFOLIO_AND}|(?:(?:{NAME_PARTICLES})\s+){{1,2}})?[{CAPITALS}][\w\-]*){{0,7}})"
    r"|[Hh]e|[Ss]he)"
    rf"(?:,\s+(?P<aside>(?=[a-z]){_EN_PORTFOLIO_LIST_ASIDE}|[a-zа-яё][^,“”\"«»„:;]{{0,150}}|\d{{2}}"  # round 16: an age, "Japarov, 55, said:"
    rf"|(?:CEO|CFO|COO|MP|MEP)\s[^,“”\"«»„:;]{{0,150}}),)?"  # round 29: a title in capitals, "X Y, CEO of Kaspi Ferries, said"
    r"\s+(?:(?:also|then|later|further|again|in turn|также|тоже|затем)\s+)?"
    r"(?:(?:afterwards|afterward|subsequently)\s+)?"  # round 50 (quotes): "Bayramov afterwards called X “…”"
    # round 31: a hearsay or manner adverb before the verb ("X reportedly assured his guest that …", "X publicly said")
    rf"(?:(?:{_EN_HEARSAY_ADVERBS})\s+)?"
    rf"(?:(?:{_WHEN_ADVERB})\s+){{0,2}}"  # (round 43: two, "ещё весной")
    # round 16b: where or when in Russian between subject and verb ("Токаев в Баку заявил, что «…»", "… на брифинге
    # отметил", "в ходе визита подчеркнул"): a preposition and up to three words
    # (round 43, Russian quotes: the shortest run before a word with a verb's ending first, "в прошлом году называл"
    # being no verb "году", a year's digits among its words, "в 2023 году"; else the shortest run, as before)
    # (round 65, quotes65: or an occasion of up to six words before a word with a verb's ending, "во время одного из
    # визитов в Баку назвал", "в ходе визита в Ташкент", dev/1071)
    rf"(?:(?:во\s+время|в\s+ходе|в\s+рамках)\s+(?:[А-ЯЁа-яё\d\-]+\s+){{1,6}}?(?={_RU_VERB_SHAPED})"
    rf"|(?:в|во|на)\s+(?:(?:[А-ЯЁа-яё\d\-]+\s+){{1,3}}?(?={_RU_VERB_SHAPED})|(?:[А-ЯЁа-яё\-]+\s+){{1,3}}?))?"
    # round 16: nor Turkish/Azerbaijani "ile"/"ilə" (with) or "ve"/"və" (and): "Esedov ile görüşen Yılmaz, …" is
    # no sentence of Esedov's
    # "of": a title goes on ("Minister of Economy"; round 25: "for", "Minister for National Economy")
    r"(?P<verb>(?!(?:and|or|of|for|и|или|ile|ilə|ve|və)\b)[a-zа-яё][\w\-]*)")
# Verbs whose object a partial quote names: "Meredov described the field as “a model of …”" / "called it “…”"
# (round 43, Russian quotes: the imperfective past of earlier words too, "X ещё в прошлом году называл Y «…»")
_AS_VERBS = ("described", "characterized", "characterised", "hailed", "termed", "labelled", "labeled",
             "branded", "dubbed", "called", "назвал", "назвала", "охарактеризовал", "охарактеризовала",
             "называл", "называла", "называет",
             # round 45: the analyses' present ("Sultanov describes the outlook as “…”")
             "describes", "characterizes", "characterises", "terms", "labels", "brands", "dubs", "calls")
# (round 44: the feature writer's present too, "X называет цель «…»")
_NAMING_VERBS = ("called", "termed", "dubbed", "branded", "назвал", "назвала", "называл", "называла",
                 "называет")  # no "as" needed
# (round 52, quotes52b: the participle as the verb an aside leaves, "His Kazakh counterpart, X Y, struck a similar note,
# calling Hungary “…”": the subject's own naming, as "called Hungary “…”" is)
_EN_NAMING_PARTICIPLES = frozenset({"calling", "terming", "dubbing", "branding"})
# speech verbs after which a bare clause may end in a partial quote ("Japarov said the organization had “…”");
# not the ones that take other objects ("went on", "addressed the forum", "announced the “…” programme")
# (round 38, English quotes: VERBS writes "emphasi[sz]ed", which the split cut to "emphasi", so the four spellings are
# added whole: "The head of state emphasized the importance of “…”" is his)
_SPEECH_VERB_WORDS = frozenset(re.split(r"[\[ ]", verb)[0] for verb in (VERBS + "|" + RU_VERBS).split("|")) \
    - {"went", "addressed", "announced", "continued", "asked", "wrote"} \
    | {"emphasized", "emphasised", "emphasizes", "emphasises"}
_PARTICIPLE_END = re.compile(rf",\s+(?:{_PARTICIPLES})\s+(?:that\s+)?$")
# a participle and a bare clause the quote ends: "Tokayev called for …, saying Central Asia could not afford
# “…”" / "He noted that …, adding that the zone could become “…”" (the participle continues the subject's words)
# (round 27: or a participle of promising with its that-clause, "X arrived in Nicosia, promising that Ankara would stand
# by them “…”", the promise in the subject's words; "that" required, as "promising" is an adjective too)
_EN_PROMISE_THAT = r"(?:promising|pledging|vowing)\s+that\s+"
# round 64 (quotesen64): a participle of telling with its addressee, ", telling Eurasian Wire that the relationship had
# “…”" (dev/1061), ", assuring his hosts that …": the addressee (an outlet, a person) is who heard it, no speaker
_EN_TELLING_THAT = r"(?:telling|assuring|informing|reminding)\s+[^“”\"«»„,.;:!?]{1,60}?\s+that\s+"
_PARTICIPLE_CLAUSE = re.compile(rf",\s+(?:(?:{_PARTICIPLES})\s+(?:that\s+)?|{_EN_PROMISE_THAT}|{_EN_TELLING_THAT})"
                                r"[^,;:.!?“”\"«»„]{1,150}$")
# the subject's own word for something, the pronoun his: "Aliyev thanked Turkey for what he called its “…”" /
# "praised what she described as “…”" (not "which Erdoğan called", a name of someone else)
_WHAT_HE_CALLED = re.compile(r"\bwhat\s+(?:he|she)\s+(?:called|termed|dubbed|described\s+as|referred\s+to\s+as)"
                             r"(?:\s+(?:its|his|her|their|the|a|an|[A-Z][\w\-]*['’]s))?\s*$")  # round 15: "Ankara's"
# Round 18: the subject's naming in a relative clause that ends the sentence: "Aliyev also touched on the Zangezur
# corridor, which he called “…”" (he the subject when the words before name nobody, as "what he called")
_EN_WHICH_HE_CALLED = re.compile(r",?\s+which\s+(?:he|she)\s+(?:has\s+|had\s+)?(?:called|calls|termed|dubbed|"
                                 r"described\s+as|describes\s+as|referred\s+to\s+as"
                                 # round 25: a speech verb whose clause the quote goes on, "the zone, which she said
                                 # “could become …”"
                                 r"|said|says|believes|believed|argued|argues|warned|warns)"
                                 # round 26: the said-clause's copula or modal before the quote ("a platform, which he
                                 # said was “…”", "would become"), and a figure's estimate ("the capacity, which he put
                                 # at “…”")
                                 r"(?:\s+(?:was|is|were|are|would|will|could|can|might|remained|remains)"
                                 r"(?:\s+(?:be|become|remain))?)?\s*$"
                                 # round 45: a modal and its lower-case verb phrase before the quote ("the agreement,
                                 # which he said should enter into force “…”", "which she says must be signed")
                                 r"|,?\s+which\s+(?:he|she)\s+(?:said|says|believes|believed|argued|argues)\s+"
                                 r"(?:should|must|would|will|could|can|might|had\s+to|has\s+to|needed\s+to|needs\s+to)"
                                 r"(?:\s+[a-z][a-z\-]*){1,4}\s*$"
                                 r"|,?\s+which\s+(?:he|she)\s+(?:put|puts|estimated|estimates|valued|values)\s+at\s*$")
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|котор\w+)\b")
_TERM_MARKER = re.compile(r"\b(?:so-called|так называем\w*)\s*$")  # "the so-called “…”" quotes a term, not speech
_QUOTE_MARK = re.compile("[“”\"«»„]")
# a word that means someone named before (people.PRONOUNS) near a quote: then who opened its paragraph matters
_ANAPHOR = re.compile(r"\b(?:[Hh]e|[Ss]he|[Pp]resident|[Ll]eader|[Mm]inister|[Hh]ead of [Ss]tate|latter|former|top diplomat|"
                      r"[Оо]н|[Оо]на|[Пп]резидент|[Лл]идер|[Мм]инистр)\b")
DASH = re.compile(r"^[-–—]\s*(?P<body>.+)$", re.S)
# Round 14: British single marks, "wrote that ‘the partnership is now also an energy one’": the closing mark is the
# apostrophe's character, so it closes only when no letter follows ("Azerbaijan’s" goes on); the opening mark
# opens only after no letter (the Uzbek "O‘zbekiston" spells a letter with it)
OPENERS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’"}
_OPENER = re.compile("[" + "".join(OPENERS) + "]")
_CLOSER = {opener: re.compile("[" + closers + "]") for opener, closers in OPENERS.items()}
_CLOSER["‘"] = re.compile(r"’(?!\w)")  # closes only where no letter follows (see above)
BEFORE_WINDOW = 160  # characters before a quote that can hold its "X said:" / "X noted that the"
MIN_WORDS = 4  # fewer words in quote marks is a term or a title ("Middle Corridor"), not a statement


@dataclass
class Found:
    pieces: list[tuple[int, int]]  # spans of the quoted words (marks excluded)
    outer: tuple[int, int]         # span including the marks
    text: str
    speaker: Person | None
    rule: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    spans = [(a, b) for a, b in spans if text[a:b].strip()]
    if "[" in text:  # (a cheap gate: a TV transcript's timecodes, _after_timecodes)
        spans = _after_timecodes(text, spans)
    if any("\u2600" <= text[a] < "\U0001FB00" and not "\u3000" <= text[a] < "\U0001F000" for a, _ in spans):
        spans = _past_emoji_bullets(text, spans)  # round 72 (quotes72b): a cheap test of the first character first
    if "•" in text:  # (a cheap gate: a bulleted paragraph, _past_quote_bullets)
        spans = _past_quote_bullets(text, spans)
    return _live_entry_paragraphs(text, spans) if ":" in text else spans


# Round 72 (tv72): a TV show's transcript opens each turn with its timecode before the speaker's label ("[00:04:12]
# HOST: …?" / "[00:04:30] YERZHAN ASHIKBAYEV: …", dev/1156): the turn's paragraph starts after the timecode, so the
# label readers (capitals, role, running case) read its label as they read an untimed one.
_TIMECODE_OPENING = re.compile(TIMECODE + r"[ \t]*(?=\S)")


def _after_timecodes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs `spans`, each opening with a timecode ("[00:01:13] ") started after it."""
    return [(stamp.end(), b) if text[a:a + 1] == "[" and (stamp := _TIMECODE_OPENING.match(text, a, b)) else (a, b)
            for a, b in spans]


# Round 72 (quotes72b): a messenger channel's post sets an emoji as each paragraph's bullet ("🔹 Министр подчеркнул,
# что … «…».", "✅ …", "📌 …", a flag pair, dev/1146); the paragraph's text starts after it, so its first sentence
# opens the paragraph as in a plain report (a bare title opening it, "Министр подчеркнул, что …", is read as such).
_EMOJI_BULLET = re.compile(r"(?:[\u2600-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF][\ufe0f\u200d]?)+[ \t]+")


def _past_emoji_bullets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs, each that opens with an emoji bullet starting after it."""
    return [((m.end() if (m := _EMOJI_BULLET.match(text, a, b)) else a), b) for a, b in spans]


# Round 79 (keyq79): a "Key quotes" box under a wire story sets each quote as a bullet with its speaker's label,
# "• Serik Zhumangarin, Deputy Prime Minister of Kazakhstan: “…”" / "• Shahin Mustafayev: “…”" (dev/1230): the
# paragraph starts after the bullet, so the label readers (TITLED_LABEL, LABEL) read it as an unbulleted label line.
# Only a bullet before a label and a quote mark: a bulleted figure ("• Hedef: 2030 …") or a sentence stays as it is.
_QUOTE_BULLET = re.compile(r"•[ \t]+(?=[^\W\d_][^:\n“”\"«»„]{1,120}:[ \t]*[“\"«„])")


def _past_quote_bullets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs, each that opens with a bullet before a speaker's label and a quote starting after it."""
    return [((m.end() if text[a] == "•" and (m := _QUOTE_BULLET.match(text, a, b)) else a), b) for a, b in spans]


def _live_entry_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Round 64 (quotesruaz64): in a live blog whose entries open with a bare time stamp ("13:30 Касым-Жомарт Токаев
    назвал …", the stamp its own line before the text was tidied, dev/1054), an entry's paragraph starts after its
    stamp, so its first sentence opens the paragraph; and a dash line of the entry after a sentence of running text
    ("11:15 Саммит открыл президент Узбекистана. — …, — сказал X.") is a paragraph of its own, as the blog set it."""
    entry_starts = {m.start(): m.end() for m in _LIVE_STAMP.finditer(text) if m["bare"] is not None}
    if len(entry_starts) < 3:
        return spans
    entries: list[tuple[int, int]] = []
    for a, b in spans:
        start = entry_starts.get(a)
        if start is None:
            entries.append((a, b))
            continue
        for dash in _LIVE_DASH_LINE.finditer(text, start, b):
            entries.append((start, dash.start()))
            start = dash.start()
        entries.append((start, b))
    return entries


# Round 64 (quotesruaz64): a dash line tidied into the sentence before it ("…. — Дорогие братья, …"), in a live entry
_LIVE_DASH_LINE = re.compile(r"(?<=[.!?…] )[—–] (?=[" + CAPITALS + r"])")


def _marked(text: str, start: int, end: int) -> list[tuple[int, int, int, int, bool]]:
    """(outer start, inner start, inner end, outer end, closed) of every quote in one paragraph."""
    out, i = [], start
    while (m := _OPENER.search(text, i, end)) is not None:
        i, ch = m.start(), m.group(0)
        if ch in '"‘' and i != start and text[i - 1].isalnum():  # a straight quote after a letter closes
            i += 1
            continue
        close = _CLOSER[ch].search(text, i + 1, end)
        if close is None:
            out.append((i, i + 1, end, end, False))
            break
        if ch == "«" and "«" in text[i + 1:close.start()] and (nested := _nested_close(text, i, end)) is not None:
            out.append((i, i + 1, nested, nested + 1, True))  # round 20: «… «Зерновой союз» …» is one quote
            i = nested + 1
            continue
        out.append((i, i + 1, close.start(), close.end(), True))
        i = close.end()
    return out


# Round 20: Russian outlets often nest «» in «» (a company's or programme's name inside a quote, or in its attribution
# between two parts: "«…, — говорит директор ассоциации «Зерновой союз» X Y. — …»"): the closing mark that balances the
# opening one ends the quote, when the paragraph has one (else the first closing mark, as before)
def _nested_close(text: str, start: int, end: int) -> int | None:
    depth = 0
    for k in range(start, end):
        ch = text[k]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return k
    return None


def _quoted_spans(text: str, paras: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    spans = []
    pending: tuple[list[tuple[int, int]], int] | None = None
    for a, b in paras:
        marks = _marked(text, a, b)
        if pending is not None and (close := _ru_closed_in_next(text, a, b, pending[1])
                                    or _curly_closed_in_next(text, a, b, pending[1])  # (round 48)
                                    or _straight_closed_in_next(text, a, b, pending[1])) is not None:  # (round 56)
            # round 19b: a Russian quote goes on into the next paragraph with no mark reopening it
            spans.append(([*pending[0], (a, close)], (pending[1], close + 1)))
            pending, marks = None, _marked(text, close + 1, b)
        if pending is not None:
            if marks and marks[0][0] == a:  # the quote goes on in this paragraph
                pieces, outer_start = pending
                first = marks.pop(0)
                pieces.append((first[1], first[2]))
                if first[4]:
                    spans.append((pieces, (outer_start, first[3])))
                    pending = None
                else:
                    pending = (pieces, outer_start)
            else:
                spans.append((pending[0], (pending[1], pending[0][-1][1])))
                pending = None
        for outer_start, inner_start, inner_end, outer_end, closed in marks:
            if closed:
                spans.append(([(inner_start, inner_end)], (outer_start, outer_end)))
            else:
                pending = ([(inner_start, inner_end)], outer_start)
    if pending is not None:
        spans.append((pending[0], (pending[1], pending[0][-1][1])))
    return spans


# compiled once: re.sub(pattern, ...) looks its pattern up in re's cache on every call
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
# a word with an apostrophe ending is one word ("Türkü'nün", "Kazakhstan's", "don't"), for counting a quote's words
_WHOLE_WORD = re.compile(r"\w+(?:['’]\w+)*")
_WORD_RUN = re.compile(r"[^\w]+")
_WORD_RUN_HYPHEN = re.compile(r"[^\w\-]+")  # a hyphenated word kept whole
# (round 18b: not after a given name's initial, "A. Bayramov" is whom the initial must fit; "Sh. Mirziyoyev")
# (round 19b: nor after a Cyrillic initial, "— сказал Т. Сулейменов", "Т.Сулейменов")
_PHRASE_BREAK = re.compile(r"(?:(?<![\s.][A-Z])(?<!^[A-Z])(?<![\s.][A-Z][a-z])(?<!^[A-Z][a-z])"
                           r"(?<![\s.][А-ЯЁ])(?<!^[А-ЯЁ])\.|[!?;])\s+|,\s+")
_FILLERS = re.compile(r"\b(?:himself|herself|also|further|then|later|again|once again|in turn"
                      r"|тогда|также|затем|позже|позднее|потом|тоже)\b")  # round 30: "— сказал тогда министр"
_DASH_BREAK = re.compile(r"\s*[,.!?]?\s+[-–—]\s+")
# Round 54 (quotesaz): Azerbaijani verbs of saying in the present after "deyə" in a dash line's attribution
_AZ_DASH_PRESENT_VERBS = r"qeyd\s+edir|əlavə\s+edir|hesab\s+edir|vurğulayır|bildirir|düşünür"
_DASH_ATTRIBUTION = re.compile(rf"{_SPEAKER}\s+(?:{VERBS})\.?|(?:{VERBS})\s+(?P<spk2>[A-Z][^.]{{1,80}})\.?"
                               rf"|(?:{RU_VERBS})\s+(?P<spk3>(?:{_RU_INITIAL_DOT}|[^.]){{1,80}}?)\.?"  # "— добавил он."
                               # (round 51: a given name's initial, "— сказал Н. Килыбай.")
                               # "– deyə Sadır Japarov vurğulayıb."; a given name's initial may hold a dot ("– deyə
                               # R.Nəbiyev bildirib.", as AZ_DEYE_VERB reads it)
                               rf"|deyə\s+(?P<spk4>(?:{_INITIAL_DOT}|[^.]){{1,80}}?)\s+(?:\w+(?:ıb|ib|ub|üb)"
                               # (round 54, quotesaz: or a verb in the present, "– deyə X Y qeyd edir.")
                               rf"|{_AZ_DASH_PRESENT_VERBS})\.?"
                               # round 22: Azerbaijani without "deyə", a capitalised name or country title of at most
                               # five words before a verb of saying ("– Tacikistan naziri vurğulayıb.", "– Əli Əsədov
                               # qeyd edib.", or a lower-case demonym, "– özbək nazir bildirib"); a bare lower-case
                               # title ("– nazir bildirib") stays the last speaker
                               rf"|(?P<spk5>[{CAPITALS}][\wəıöüşçğ'’\-]*(?:\s+[\wəıöüşçğ'’\-]+){{0,4}}?"
                               r"|[a-zəıöüşçğ]+\s+naziri?|ekspert|iqtisadçı|analitik|politoloq|nazir"
                               r"|o)"  # round 24: "– …, – o deyib." (he: the last speaker, _dash_anaphor_subject)
                               rf"\s+(?:{AZ_VERBS})\.?",
                               re.S)


def _clean(text: str) -> str:
    # " ".join(split()) is _SPACES.sub(" ", text).strip(), several times faster: split(), strip() and
    # re's \s (str patterns) all take white space to be what str.isspace() says
    text = " ".join(text.split())
    return text.rstrip(",;: ").strip()


def _comma_at_end(gap: str) -> bool:
    """Round 16: can CONTINUATION or _LEAD_GAP match `gap`? Both end in a comma, white space and the string's
    end (no MULTILINE), so a gap that does not end so is matched by neither; rstrip() strips what re's white
    space class matches (_clean)."""
    return gap.rstrip().endswith(",")


def _words(text: str) -> int:
    return len(_WHOLE_WORD.findall(text))


def _speaker_phrase(phrase: str) -> str:
    """The part of a phrase that names someone: after the last comma or sentence break."""
    phrase = _without_leading_time(_PHRASE_BREAK.split(phrase.strip())[-1])  # round 11
    if "-year-old" in phrase:  # round 20: the wires' "the 72-year-old leader" is "the leader"
        phrase = _EN_AGE.sub("", phrase)
    return _FILLERS.sub("", phrase).strip()


_EN_AGE = re.compile(r"\b\d{1,3}-year-old\s+")


def _paragraph_of(paras, position, starts=None):
    """The first paragraph holding `position` (its end included), else the last. `starts`: the
    paragraphs' starts, to find it by bisection (paragraphs are in order and never touch)."""
    if starts is not None:
        k = bisect_right(starts, position) - 1
        return paras[k] if k >= 0 and position <= paras[k][1] else paras[-1]
    for a, b in paras:
        if a <= position <= b:
            return a, b
    return paras[-1]


def _last_turn(found: list[Found]) -> Found:
    """The last quote found, or the answer holding it when it is a quote inside that answer: round 66 (quotestr66),
    "BAYRAKTAR: …" / "… Cumhurbaşkanımızın ifadesiyle "…" ve …" / "…" (dev/1080), the answer goes on past its quote."""
    if len(found) > 1 and found[-2].outer[0] <= found[-1].outer[0] and found[-1].outer[1] <= found[-2].outer[1]:
        return found[-2]
    return found[-1]


def find_quotes(text: str, resolver: Resolver) -> list[Found]:
    if "'" in text and (curled := _single_marks_as_quote_marks(text)) is not text:  # (a cheap gate first)
        return _straight_marks_again(find_quotes(curled, resolver))  # round 76 (squote76)
    paras = paragraphs(text)
    starts = [a for a, _ in paras]
    found: list[Found] = []
    cursor = 0
    marked = _quoted_spans(text, paras)
    quoted_paragraphs = {_paragraph_of(paras, outer[0], starts) for pieces, outer in marked
                         if not _attribution_term(text, pieces, _paragraph_of(paras, outer[0], starts))  # round 12
                         and not _dash_line_term(text, pieces, _paragraph_of(paras, outer[0], starts))}  # round 27
    plain = _plain_interview(text, paras, resolver)  # round 46: questions and answers both plain paragraphs
    if quoted_paragraphs:  # round 44: an interview's answer holding quote marks is read whole as well
        quoted_paragraphs = {para for para in quoted_paragraphs if not _answer_holding_quotes(text, paras, para)
                             and not (plain and para[0] > plain.start and para not in plain.questions)}
    next_quote = {marked[k][1][0]: marked[k + 1][1][0] for k in range(len(marked) - 1)}  # round 14 (_split_lead)
    events = [("quote", outer[0], (pieces, outer)) for pieces, outer in marked]
    events += [("para", a, (a, b)) for a, b in paras if (a, b) not in quoted_paragraphs]
    label: Person | None = None  # the speaker of a transcript label paragraph, for the paragraph after it
    interview: Person | bool | None = None  # the interviewee while dash lines of a Q&A run (False: not known)
    titles = article_titles(text)  # every text note_names_in reads below is a slice of `text`
    if "akanımız" in text or "azirimiz" in text:  # round 51 (quotes_gaps51): "our minister" of two is the lead's
        resolver.opening = _OPENING_SENTENCE_END.split(text.split("\n", 1)[-1].strip(), 1)[0]
    if " his " in text or " her " in text:  # round 48: a titled official's host, guest or counterpart (of one rank)
        resolver.counterparts += (counterparts := en_counterparts_named(text))
        resolver.unlisted += [person._replace(role="") for person in counterparts]  # for the surname alone
    for kind, position, payload in sorted(events, key=lambda e: e[1]):
        resolver.note_names_in(text[cursor:position], titles)
        if kind == "para":
            if plain and payload[0] >= plain.start:  # round 46: a question no quote, an answer the interviewee's
                if payload not in plain.questions and _words(words := _clean(text[payload[0]:payload[1]])) >= MIN_WORDS:
                    found.append(Found([payload], payload, words, plain.person, "interview"))
                    resolver.last_speaker = plain.person
                cursor = payload[1]
                continue
            interview = _interview_turn(text, paras, payload, resolver, interview)
            if interview is None:
                _dash_anaphor_subject(text, paras, payload, resolver)
            if interview is not None and (interview is False or _question_line(text[payload[0]:payload[1]])
                                          or _statement_question(text, paras, payload)
                                          or _plain_question(text, paras, payload)  # (round 45)
                                          or _interviewer_thanks(text[payload[0]:payload[1]])):  # (round 47)
                cursor = payload[1]  # a question, or an answer of an interviewee not known: no quote
                continue
            said_by, label = label, None
            if interview and said_by is None and not DASH.match(text[payload[0]:payload[1]].strip()):
                said_by = interview  # an answer going on in a plain paragraph (_answer_goes_on)
            elif said_by is None and interview is None and found and (turn := _last_turn(found)).rule == "transcript":
                said_by = _labelled_answer_goes_on(text, paras, payload, turn) \
                    or _statement_goes_on(text, paras, payload, turn)  # round 62 (quotesen62)
                said_by = said_by or _stenogram_goes_on(text, paras, payload, turn)  # round 73 (stenogram73)
            elif said_by is None and interview is None and found and found[-1].rule == "interview" \
                    and (goes_on := _qa_answer_goes_on(text, paras, payload, found[-1])):
                found.append(goes_on)  # round 44: "A: …" / "…" / "Q: …?", the plain paragraph the same answer's
                cursor = payload[1]
                continue
            item = _unmarked_paragraph(text, *payload, resolver, found, paras, headline=payload[0] == paras[0][0],
                                       label=said_by)
            if isinstance(item, list):  # round 18: a Russian dash line split by its attribution
                found += item
            elif isinstance(item, Found):
                found.append(item)
                _named_speaker_spoke(item, resolver)  # round 29
                if "'" in item.text:  # round 44: a quote in single marks inside the answer (a cheap gate first)
                    found += _single_marked_inside(text, item, resolver)
            elif item is not None:
                label = item
            else:
                # round 43 (Russian quotes): its names noted first, so that a surname reporting speech ("Заместитель
                # министра X Y побывал в Астане. Y признаёт, что …") finds the full name of its own paragraph
                resolver.note_names_in(text[payload[0]:payload[1]], titles)
                resolver.last_quoted = ""  # round 62: running text between ("X met Y later.") chooses no one quoted
                if "' " in (body := text[payload[0]:payload[1]]) and " '" in body \
                        and (marked_here := _single_marked_in_running_text(text, payload, resolver)):
                    found += marked_here  # round 57 (quotesaztr57): "X Y … 'Yeşil enerji …' diye konuştu."
                _reported_speech(text[payload[0]:payload[1]], resolver)
                _en_figure_taken_up_subject(text[payload[0]:payload[1]], resolver)  # round 39 (English quotes C)
            # a paragraph without quote marks is running text too: "Foreign Minister Jeyhun Bayramov held
            # talks ..." is who a later "the Azerbaijani minister said" means
            if item is not None:
                resolver.note_names_in(text[payload[0]:payload[1]], titles)
            cursor = payload[1]
            continue
        pieces, outer = payload
        words = _clean(" ".join(text[s:e] for s, e in pieces))
        read_from, cursor = cursor, outer[1]
        para_start, _ = _paragraph_of(paras, outer[0], starts)
        _, para_end = _paragraph_of(paras, outer[1] - 1, starts)  # a quote across paragraphs ends in a later one
        after = text[outer[1]:min(para_end, outer[1] + 200)]
        before = text[para_start:outer[0]]
        if "[" in after[:3] or after[:1] == "]":  # (a cheap gate: a translation in square brackets)
            after, skipped = _past_bracketed_translation(text, outer[1], para_end)
        else:
            skipped = 0
        if before[:1] in _QA_QUESTION_INITIALS and _qa_question_answered(text, paras, para_start):
            continue  # round 69 (mfa69): a quote inside a Q/A interview's question is the interviewer's, no record
        # "Asadov noted that Azerbaijan attaches … . “The agreements …,” he said.": reported speech before
        # the quote in its paragraph makes its subject the last speaker, whom "he" means
        # "Erdogan, who …, used his speech to …. “…,” he said": only a pronoun or bare title near the quote
        # needs the paragraph's subjects (reading them costs a resolve per sentence)
        if (before[:3] == "He " or before[:4] == "She ") and _opening_pronoun(before):  # (round 26: any verb of VERBS)
            # round 14: "He said the region was “…”" opening its paragraph: the running text before is about him
            _paragraph_subjects(_previous_paragraph(text, paras, para_start), resolver)
        elif before[:1] in _SCENE_INITIALS and _scene_then_pronoun(before):
            # round 16: "Asked about the pipeline, he replied: “…”" opening its paragraph, as "He said" does
            _paragraph_subjects(_previous_paragraph(text, paras, para_start), resolver)
        if before[:1].isupper() and (" he " in before or " she " in before or ". He " in before or ". She " in before):
            _en_note_opening_surname(before, text[:para_start], resolver)  # round 33: "Kövér did …. He called X “…”"
        if _ANAPHOR.search(after, 0, 120) or _ANAPHOR.search(before, max(0, len(before) - 120)) \
                or (("He " in before or "She " in before) and _en_pronoun_opens_quote_sentence(before)) \
                or (len(before) > 120 and (", she " in before or ", he " in before)  # round 25 / round 56:
                    and _en_pronoun_aside_in_quote_sentence(before)):
            # (round 68: without a role label, "GUEST: Mirziyoyev took a similar line. He told …", dev/1109)
            _paragraph_subjects(_without_role_label(before) if before.strip()
                                else _previous_paragraph(text, paras, para_start), resolver,
                                text[:para_start] if before.strip() else _before_previous_paragraph(text, paras,
                                                                                                    para_start))
            # (round 33: the article before, for a surname; round 47: before the paragraph read, when the quote opens
            # its own: "… the hakim of Balkan velayat, X Annayev. ¶ Annayev said …. ¶ “…,” he said")
        elif not before.strip() and _colon_lead_anaphor(text, paras, para_start):
            # "Erdoğan was the most outspoken. He said …, and added:" over a quote paragraph: "he" is the
            # lead paragraph's subject, not whoever spoke last
            _paragraph_subjects(_previous_paragraph(text, paras, para_start), resolver)
        if ("latter" in after[:20] or "former" in after[:20] or "The l" in before or "The f" in before) \
                and (which := _en_latter_or_former(before, after)):  # round 30: "“…,” the latter said"
            _latter_or_former_lead(which, _text_before_latter_or_former(before) or
                                   _previous_paragraph(text, paras, para_start), resolver)
        if not before.strip() and AFTER_VERB_PRONOUN_RU.match(after):  # round 10: '"…", - сказал он'
            _ru_pronoun_antecedent(lead := _previous_paragraph(text, paras, para_start), resolver)
            if "По " in lead:  # round 31: "По словам X, … .\n\n«…», — подчеркнул он." (the paragraph before)
                _ru_according_antecedent(lead, resolver)
        elif not before.strip() and "По " in (lead := _ru_opening_according_lead(_previous_paragraph(text, paras,
                                                                                                   para_start))) \
                and (bare := _RU_AFTER_VERB_BARE_SUBJECT.match(after)):  # round 31: "… — подчеркнул вице-премьер."
            _ru_according_title_antecedent(lead, bare["spk"], resolver)
        elif before.strip() and not _quote_marks_beyond_names(before) and AFTER_VERB_PRONOUN_RU.match(after):
            _ru_pronoun_antecedent(before, resolver)  # round 12: "Министр … X напомнил о цели. «…», — подчеркнул он."
            if "По " in before:  # round 27: "По словам Токаева, … . «…», — подчеркнул он."
                _ru_according_antecedent(before, resolver)
        elif before.strip() and _RU_AFTER_VERB_BARE_SUBJECT.match(after):  # round 30: "назвал … «…». «…», — сказал тогда министр."
            _ru_partial_lead_antecedent(before, after, resolver)
        if not before.strip() and any(word in after[:40] for word in _RU_AFTER_VERB_SPEAKER_WORDS) \
                and _RU_AFTER_VERB_SPEAKER.match(after):
            _ru_pronoun_antecedent(_previous_paragraph(text, paras, para_start), resolver)  # round 37: "— сказал спикер"
        if "Она " in before and resolver.last_speaker is not None and not _feminine_name(resolver.last_speaker.name):
            _ru_she_antecedent(before, resolver)  # round 37: "… приняла председатель … X Y. Она подчеркнула, что «…»"
        elif " он " in before or "Он " in before:  # (a cheap gate: "миллион " holds no pronoun)
            _ru_he_antecedent(before, resolver)  # round 41: "… принял председатель … X Y. Как сообщила …, он назвал «…»"
        if ("прем" in after[:60] or "глава прав" in after[:60]) and _RU_AFTER_VERB_PREMIER.match(after):  # round 25
            _premier_lead(before if before.strip() else _previous_paragraph(text, paras, para_start), resolver)
        elif _ru_bare_head_gate(after[:60]) and _RU_AFTER_VERB_BARE_HEAD.match(after):  # round 28
            _premier_lead(before if before.strip() else _previous_paragraph(text, paras, para_start), resolver)
        if ("Prezident" in after[:60] or "başçısı" in after[:60]) and _AZ_HEAD_AFTER.match(after):
            if resolver.last_speaker is None:  # round 24
                _az_head_lead(before if before.strip() else _previous_paragraph(text, paras, para_start), resolver)
            elif before.strip():  # round 58 (quotesaztr58): after another's words, the head of state the running text
                _az_head_lead(before, resolver)  # before the quote in its paragraph opens a sentence with
        if _AZ_TITLE_ANAPHOR.search(after, 0, 60):  # round 10: a quote opening its paragraph reads the one before
            _az_lead_sentence(before if before.strip() else _previous_paragraph(text, paras, para_start), resolver)
        if before[:1] in _AZ_BARE_TITLE_INITIALS and _az_bare_title_colon(before):  # round 29: "Nazir … bildirib: «…»"
            _az_opening_sentence_subject(_previous_paragraph(text, paras, para_start), before.split(None, 1)[0],
                                         resolver)
        if ". O" in before:  # round 19: "… X Y da qonaqları qarşılayıb. O, Report-a bildirib ki, …: “…”"
            _az_pronoun_lead(before, resolver)
        if after.lstrip(" ,.-–—")[:2] == "o " and AZ_PRONOUN_AFTER.match(after):  # round 21
            # '… X forumda çıxış edib. “…”, - o deyib.': "o" is the running text's subject, as "deyə o" is
            if not _AZ_TITLE_ANAPHOR.search(after, 0, 60):
                _az_lead_sentence(before if before.strip() else _previous_paragraph(text, paras, para_start), resolver)
            if _az_according_gate(before):
                _az_according_lead(before, resolver)
        elif before.startswith("Onun ") and _az_according_gate(before):
            # round 21: "Onun fikrincə, … «…» …" opening its paragraph under one about a named expert ("Politoloq X Y
            # Oxu.az-a danışıb."): "o" is that expert (a paragraph with a quote of its own leaves the last speaker)
            _az_lead_sentence(_previous_paragraph(text, paras, para_start), resolver)
        _reported_speech(_after_last_full_quote(before), resolver)  # (round 24: not reported speech an earlier quote ended)
        _en_taken_up_before_quote(before, text, paras, para_start, resolver)  # round 40 (English quotes A)
        if ("he " in after[:12] or " he" in after[:20]) \
                and (pronoun := _en_pronoun_of_other_sex(after, earlier := text[max(0, outer[0] - 3000):outer[0]],
                                                             resolver)):
            _en_pronoun_sex_antecedent(earlier, pronoun, resolver)  # round 40 (English quotes B)
        if _ru_dash_inside(text, *pieces[0]):  # round 28: «…, – считает эксперт. – …» (round 59: or run on, ¶ «…»)
            _ru_interrupted_anaphor_lead(text, pieces[0], before if before.strip() else
                                         _previous_paragraph(text, paras, para_start), resolver)
        if len(pieces) == 1 and (split := _ru_interrupted(text, pieces[0], outer, resolver)):
            found += split  # round 10: «…, — отметил X. — …» is two quotes of X
            continue
        if len(pieces) > 1 and (split := _ru_interrupted_run_on(text, pieces, outer, resolver)):
            found += split  # round 59: «…, — сказал X. — … ¶ «…»: the second quote runs on into the next paragraph
            continue
        if _words(words) < MIN_WORDS and not _split_lead(text, pieces, outer, next_quote.get(outer[0])):
            if _NAME_AFTER_TERM.match(text, outer[1]):  # round 24: "Председатель правления АО «КТЖ» X Y": the title
                cursor = max(read_from, text.rfind("\n", 0, outer[0]) + 1)  # before the term is read with the name after
            elif _last_term_of_paragraph(next_quote.get(outer[0]), para_end):
                _reported_speech(_terms_lowered(_after_last_full_quote(text[para_start:para_end])), resolver)  # r29
            continue
        if _declined_as_a_name(text, outer[1]):
            continue  # round 20: '“… Preferensial Ticarət Sazişi”nin' declines a document's name, no statement
        if _named_concept(text, outer[1]):
            continue  # round 22: '“tek millet, iki devlet” anlayışıyla' names a concept, no statement
        if words[-1:].isalpha() and _TURKIC_DOCUMENT_TITLE.search(words):
            continue  # round 27: '«Müttəfiqlik münasibətləri haqqında Müqavilə»' is a document's title, no statement
        if found and ((_comma_at_end(gap := text[found[-1].outer[1]:outer[0]])
                       and (CONTINUATION.match(gap) or (_words(found[-1].text) < MIN_WORDS and _LEAD_GAP.match(gap))))
                      or _en_lead_said_before(text, found[-1], gap)) \
                and found[-1].speaker and not _en_new_reported_sentence(found[-1].text, gap) \
                and _paragraph_of(paras, found[-1].outer[0], starts) == (para_start, para_end):
            last = found[-1]
            last.pieces += pieces
            last.outer = (last.outer[0], outer[1])
            last.text = _clean(last.text + " " + words)
            continue
        # round 41 (Turkish quotes): the subject a participle of saying named after the last quote (its span ends at
        # the name) is the subject of the verb after this one, only the comma between ('"…," diyen X, "…" dedi.')
        if found and found[-1].speaker and found[-1].rule == "saying-before" and (m := AFTER_VERB_FINAL.match(after)) \
                and (text[found[-1].outer[1]:outer[0]].strip() == ","
                     or _tr_object_between(text[found[-1].outer[1]:outer[0]], resolver)):
            speaker, rule, span_end = found[-1].speaker, "continuation", m.end()
        elif person := _original_of_quote_before(text, found, outer[0], paras, starts):
            speaker, rule, span_end = person, "continuation", 0  # round 76 (wire76): '"…" (in Turkish: "…")'
        elif not before.strip() and not after.strip() \
                and (person := _credit_line_speaker(text, paras, starts, para_end, resolver)):
            speaker, rule, span_end = person, "said-after", 0  # round 78 (credit78): “…” / "— X Y, Speaker of …"
        else:
            speaker, rule, span_end = _attribute(after, before, text, para_start, paras, resolver, words)
        if speaker is None and (tr := _tr_inverted(after, text, outer, resolver)) is not None:
            speaker, rule, span_end = tr  # round 10: '"…," dedi Aydemir, "…"'
        if speaker is None and ("diyor" in before[-40:] or "dedi" in before[-40:]) \
                and (person := _tr_inverted_before(before, text, outer, resolver)) is not None:
            speaker, rule = person, "continuation"  # round 49 (quotes, local): '“Kısa,” diyor Özsoy, “ama …”'
        if speaker is None and (person := _az_pronoun_colon(before, resolver)) is not None:
            speaker, rule = person, "subject-colon"  # round 10: '… isə o, … izah edib: "…"'
        if speaker is None and ("visiting" in after[:30] or "guest" in after[:20] or "host" in after[:20]) \
                and (guest := _en_guest_after(after, text[:outer[0]], resolver)):
            speaker, rule, span_end = guest  # round 34 (English quotes B): "“…,” the visiting minister said"
        if speaker is None and found and found[-1].speaker \
                and _paragraph_of(paras, found[-1].outer[0], starts) == (para_start, para_end) \
                and _adds_to_the_quote_before(text[found[-1].outer[1]:outer[0]], words, resolver):
            speaker, rule = found[-1].speaker, "adding-that"
        if speaker is None and found and found[-1].speaker and not _title_case(words) \
                and (m := _AND_NAMING_GAP.match(text, found[-1].outer[1], outer[0])) \
                and _paragraph_of(paras, found[-1].outer[0], starts) == (para_start, para_end) \
                and not _TERM_MARKER.search(m["object"]) and not _names_someone(m["object"], resolver) \
                and _own_naming(m["object"]):
            speaker, rule = found[-1].speaker, "adding-that"  # round 17
        if speaker is None and found and found[-1].speaker and words[:1].islower() \
                and (m := _EN_AND_AUXILIARY_GAP.fullmatch(text, found[-1].outer[1], outer[0])) \
                and _paragraph_of(paras, found[-1].outer[0], starts) == (para_start, para_end) \
                and not _SPEECH_WORD.search(m["rest"]) and not _names_someone(m["rest"], resolver):
            speaker, rule = found[-1].speaker, "adding-that"  # round 54 (quotesother)
        if speaker is None and found and found[-1].speaker and not _title_case(words) \
                and "ing " in (gap := text[found[-1].outer[1]:outer[0]]) and _attribution_then_naming(gap, resolver) \
                and _paragraph_of(paras, found[-1].outer[0], starts) == (para_start, para_end):
            speaker, rule = found[-1].speaker, "adding-that"  # round 22
        if speaker is None and found and found[-1].speaker and not _attribution_follows(text, pieces, after) \
                and _paragraph_of(paras, found[-1].outer[1] - 1, starts) == _paragraph_of(paras, outer[0], starts) \
                and _attribution_ended(text[found[-1].outer[1]:outer[0]], resolver,
                                       found[-1].rule == "said-after" and _en_attribution_goes_on(text, found[-1])):
            # (round 16b: the last quote may open paragraphs before; round 20: this one may end paragraphs after, its
            # opening paragraph the one compared)
            speaker, rule = found[-1].speaker, "next-sentence"
        if speaker is None and found and found[-1].speaker and _DASH_GAP.fullmatch(text, found[-1].outer[1], outer[0]) \
                and not _attribution_follows(text, pieces, after) \
                and _paragraph_of(paras, found[-1].outer[1] - 1, starts) == (para_start, para_end):
            speaker, rule = found[-1].speaker, "next-sentence"  # round 24: «…», – сказал X. – «…»
        if speaker is None and found and found[-1].speaker and (found[-1].rule == "said-after" or (
                found[-1].rule in _COLON_OPENED and _ADDING_COLON.match(text, found[-1].outer[1], outer[0]))) \
                and (text[found[-1].outer[1]:outer[0]].strip() == ","
                     or _ADDING_COLON.match(text, found[-1].outer[1], outer[0])
                     or (words[:1].islower() and _OCCASION_GAP.match(text, found[-1].outer[1], outer[0]))
                     or (words[:1].islower() and _EN_APPOSITIVE_GAP.match(text, found[-1].outer[1], outer[0]))):
            # round 10: "“…,” she says, “but …”"; round 16: "“…,” he said, before adding: “…”"; round 25: "“…,” said
            # X, an analyst at …, “but …”"; round 69 (khujand69): after a quote its subject's colon opened, "X открыл
            # его словами: „…“, — и продолжил: „…“" (dev/1111)
            speaker, rule = found[-1].speaker, "continuation"
        if speaker is None and found and found[-1].speaker and found[-1].rule == "verb-final" \
                and _TR_AND_ADDED_COLON.match(text, found[-1].outer[1], outer[0]) \
                and _paragraph_of(paras, found[-1].outer[0], starts) == (para_start, para_end):
            speaker, rule = found[-1].speaker, "continuation"  # round 24: 'X, "…" dedi ve ekledi: "…"'
        if speaker is None and found and found[-1].speaker and not before.strip() and not after.strip() \
                and _same_voice_paragraph(text, paras, para_start, found[-1], words, resolver):
            speaker, rule = found[-1].speaker, "next-paragraph"  # round 14
        if speaker is None and found and found[-1].speaker and not before.strip() \
                and (verb_end := _turkic_subjectless_end(text, found[-1], para_start, after)):
            speaker, rule, span_end = found[-1].speaker, "next-paragraph", verb_end  # round 18b
        if speaker is None and not after.strip() and before[:1] in _SHORT_LEAD_MARKS \
                and (person := _short_answer_speaker(before, text[:para_start], resolver)):
            speaker, rule = person, "next-sentence"  # '“Non-tariff barriers,” X replied. “Certificates, …”'
        if speaker is None and not after.strip() and (person := _sentence_before_subject(before, words, resolver)):
            speaker, rule = person, "subject-before"  # round 9: "Akhmetov shrugged when asked …. “…”"
        if speaker is None and not before.strip() and not after.strip() and len(paras) > 2 \
                and para_start > paras[1][0] \
                and (person := _en_reported_lead_subject(_previous_paragraph(text, paras, para_start), words,
                                                         resolver)):
            speaker, rule = person, "subject-before"  # round 54 (quotesother): "X argues that …. ¶ “…”"
        if speaker is None and not after.strip(" .\n") and (about := _about_this_next(text, outer[1], resolver)):
            speaker, rule, span_end = about[0], "said-after", about[1]  # round 16: «…»\n\nОб этом заявил X …
        if speaker is None and not after.strip(" .\n") and (about := _en_stated_by_next(text, outer[1], resolver)):
            speaker, rule, span_end = about[0], "said-after", about[1]  # round 18: “…”\n\nThis was stated by X …
        if speaker is None and not after.strip(" .\n") and (about := _en_said_this_next(text, outer[1], resolver)):
            speaker, rule, span_end = about[0], "said-after", about[1]  # round 69: “…”\n\nThe minister said this …
        if speaker is None and not after.strip(" .!?") and para_start != paras[0][0] and not words.isupper() \
                and (person := _name_colon_subheading(before, after, text[outer[1]:outer[1] + 300], resolver)):
            speaker, rule = resolver.resolve(person.name), "subject-colon"  # round 22: 'Bolat: "…"' as a subheading
        if speaker is None and before[-2:].rstrip()[-1:] == ":" and (person := _letter_says(text, paras, para_start, before,
                                                                                         resolver)):
            speaker, rule = person, "subject-colon"  # round 30: "X … məktub ünvanlayıb. Məktubda deyilir: «…»"
        if speaker is not None and speaker.rule == "unlisted name" and _TR_CASE_SUFFIX.search(speaker.name) \
                and not _uzbek_apostrophe_surname(speaker.name):  # round 39: "Ne'matullayev" is a name
            speaker, rule = None, "unattributed"  # round 22: "Orta Koridor'daki" (a case ending) is no one's name
        if speaker is not None and speaker.rule != "anaphor":
            resolver.minister_mentioned = ""  # round 16b: a later bare "the minister" may mean this speaker again
        found.append(Found(list(pieces), (outer[0], _attribution_end(text, outer[1], skipped, span_end)), words,
                           speaker, rule))
        resolver.last_quoted = speaker.name if speaker is not None else ""  # round 62 (Resolver._en_one_titled)
        if speaker is not None and rule == "said-after" and span_end and text[outer[0]] == "«" \
                and (tail := _RU_DASH_TAIL_AFTER_MARKS.match(text, outer[1] + span_end, para_end)) \
                and _words(tail_words := _clean(tail["body"])) >= MIN_WORDS:
            # round 49 (quotes, local): «…», — сказал X Y. — … (the rest of the paragraph, without marks): his words too
            found.append(Found([(tail.start("body"), para_end)], (tail.start(), para_end), tail_words, speaker,
                               "dash-led"))
    if paras and ": '" in text[:paras[0][1]] and not any(f.outer[0] < paras[0][1] for f in found):
        found = _single_marked_headline(text, paras[0][1], resolver) + found  # round 62 (quotesen62)
    found = _drop_headline_label_summaries(_drop_repeats(_drop_headline_repeats(_headline_speakers(
        text, _headline_label_quotes(text, found, paras[0][1], resolver), paras[0][1], resolver), paras[0][1])),
        paras[0][1]) if paras else found  # round 24: a headline 'Name: “…”'
    found = _turkic_summary_head_speakers(text, found, paras)  # round 39 (Turkish and Azerbaijani B)
    found = _ru_kyrgyz_patronymic_names(text, _az_surname_before_body_speakers(text, _az_oblique_speaker_names(  # r36
        text, _az_genitive_speaker_names(text, _three_word_names(text, _turkic_patronymic_names(text, found))))))
    found = _en_quoted_words_speakers(text, _en_title_of_body_speakers(text, found, resolver), resolver)  # round 41
    found = _en_bare_title_after_speakers(text, found, resolver)  # round 50 (quotes)
    if "'" in text and any("'" in q.text for q in found):  # a cheap gate: round 69, a quote told inside a quote
        found = _en_told_inside_quote_speakers(text, found, resolver)
    found = _en_interview_headline_speaker(text, found, paras, resolver) if paras else found  # round 41 (titles)
    if any(q.speaker is None or q.speaker.rule == "anaphor" for q in found) and _LIVE_STAMP.search(text):
        found = _live_entry_speakers(text, found, resolver)  # round 62 (live62): a live blog's time-stamped entries
    return _en_paraphrased_headline_speaker(found, paras[0][1]) if paras else found  # round 44 (English quotes)


# Round 74 (bilingual74): an English article quoting in the original language with its translation in square
# brackets right after, "«Мы превратили …» [“We have turned …”], Japarov said" (dev/1177): both are the speaker's
# words, and the attribution after the bracket belongs to both. The original's attribution is read past the bracketed
# translation, the translation's past its closing bracket.
_BRACKETED_TRANSLATION_AFTER = re.compile(r"\s*\[\s*[“\"«„][^\]\n]{1,600}?[”\"»“]\s*\]|\s*\]")


def _past_bracketed_translation(text: str, start: int, para_end: int) -> tuple[str, int]:
    """The text after a quote past a square-bracketed translation of it (or past the bracket closing around this
    translation), and the length skipped (0, the text after as it is, when no bracket follows)."""
    m = _BRACKETED_TRANSLATION_AFTER.match(text, start, para_end)
    if m is None:
        return text[start:min(para_end, start + 200)], 0
    return text[m.end():min(para_end, m.end() + 200)], m.end() - start


# Round 76 (wire76): a wire article in English giving the speaker's words translated, then the original in a bracket
# that names its language, in the same sentence: '"has not yet reached its real potential" (in Turkish: "henüz …")',
# '"…," he said, speaking in Russian (in Russian: «…»)' (dev/1202). The original is the words of the quote before,
# whatever the attribution between them ("(originally in Turkish: …)", "(in the original Kazakh: …)" likewise).
_LANGUAGE_NAMES = r"(?:Turkish|Russian|Azerbaijani|Kazakh|Kyrgyz|Uzbek|Turkmen|Tajik|Hungarian|Turkic)"
_ORIGINAL_LANGUAGE_GAP = re.compile(rf"[^.!?;“”\"«»„()\n]{{0,120}}\(\s*(?:(?:originally|original)\s+)?in\s+"
                                    rf"(?:the\s+original\s+)?{_LANGUAGE_NAMES}\s*:\s*")


def _original_of_quote_before(text: str, found: list[Found], start: int, paras, starts) -> Person | None:
    """The speaker of the last quote when the quote at `start` is its original in a bracket naming the language
    ("(in Turkish: “…”)") after it in the same sentence and paragraph (_ORIGINAL_LANGUAGE_GAP), else None."""
    if not found or found[-1].speaker is None or "(" not in text[found[-1].outer[1]:start]:
        return None  # (a cheap gate: the bracket)
    if not _ORIGINAL_LANGUAGE_GAP.fullmatch(text, found[-1].outer[1], start) \
            or _paragraph_of(paras, found[-1].outer[1] - 1, starts) != _paragraph_of(paras, start, starts):
        return None
    return found[-1].speaker


def _attribution_end(text: str, quote_end: int, skipped: int, span_end: int) -> int:
    """Where a quote's record ends in the text: past its attribution (`span_end` into the text after it, read past
    `skipped` characters of a bracketed translation). The original before a bracketed translation ends at its own
    mark, so that the translation, whose record takes the attribution, comes after it."""
    if not skipped:
        return quote_end + span_end
    if text[quote_end:quote_end + skipped].strip() != "]":
        return quote_end  # the original: the translation in brackets follows
    return quote_end + skipped + span_end if span_end else quote_end


# Round 16b: where or to whom it was said between the two parts of one sentence ("“The region has …,” Mirziyoyev said
# in a video address to the forum, “and we must use it together.”"): the second part, opening in lower case, goes on
# (round 17: or whom it was told, up to four lower-case words, so no one named, and no conjunction opening a clause of
# someone else's, "but analysts warn,": "“…,” Japarov told the joint press conference, “but …”")
# (round 65, quotes65: or whom it was told, then when, "“…,” X told a news conference after the talks, “we are …”",
# dev/1070)
_OCCASION_PREPOSITIONS = r"(?:in|at|on|during|after|before|to|from|via|with|while)\s[^.!?;:“”\"«»„]{1,60}"
_OCCASION_GAP = re.compile(rf"\s*(?:{_OCCASION_PREPOSITIONS}"
                           r"|(?!(?:and|but|yet|or|though|although|whereas|as|while|when|if)\b)(?:(?:the|a|an|his|her|"
                           rf"their)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}(?:\s+{_OCCASION_PREPOSITIONS})?),\s*$")


# Round 17: a second verb of the same subject after a partial quote, in the same sentence, whose object the next partial
# quote names or praises: "X described Hungary as ‘…’ and praised Budapest’s ‘…’", "… and called the deal “…”", "… and
# hailed the talks as “…”" (the object names nobody: "and praised what Erdogan called “…”" is Erdogan's word)
# Round 18: or thanks, asks or warns, the quote what for or of: "X regarded Türkiye as “…” and thanked Ankara for its
# support during “…”", "… and called for “…”", "… and warned of “…”", "and expressed hope for “…”" (the object holds
# no one else's naming: "and thanked Ankara for what analysts called “…”" is theirs)
# (or an occasion and the pronoun of the same subject between: '… as “…,” and in a recent address to exporters he urged
# them to “…”': _EN_OCCASION_OF_ATTRIBUTION)
_AND_NAMING_GAP = re.compile(r"\s*,?\s*and\s+(?:" + _EN_OCCASION_OF_ATTRIBUTION + r",?\s+(?:he|she)\s+)?"
                             r"(?:also\s+)?(?:praised|hailed|welcomed|lauded|commended|described|"
                             r"characteri[sz]ed|called|termed|dubbed|labell?ed|branded|thanked|expressed|voiced|urged|"
                             r"pledged|promised|warned|spoke)"
                             r"(?P<object>(?:\s+[^\s.!?;:“”\"«»„‘]+){0,6}?)\s*$")


# Round 54 (quotesother): a second partial quote in the same reported clause, after "and"/"but" and an auxiliary or
# modal that goes on the clause's predicate ('X told reporters the sides wanted to remove “…” and would return to the
# arrears “at the highest level.”'): the same speaker's words, the gap naming nobody and holding no speech word
_EN_AND_AUXILIARY_GAP = re.compile(r"\s*,?\s*(?:and|but)\s+(?:also\s+)?(?:would|will|could|should|might|must|can|"
                                   r"had|has|have|was|were|is|are|wanted|planned|hoped|intended)\s+"
                                   r"(?P<rest>[^.!?;:“”\"«»„]{0,120})")


# Round 14: a verb that names its object in the reported clause ('“…,” he said, adding that some outlets had hyped
# “competition” between them, which he called “a narrative …”'): the partial quote is the speaker's own word only
# when "he"/"she" calls it so ("which critics called “…”" quotes the critics)
_NAMING_IN_CLAUSE = re.compile(r"\b(?:called|calls|described|describes|termed|terms|dubbed|branded|labell?ed)\b")
_OWN_NAMING_END = re.compile(r"\b(?:which|what)\s+(?:he|she)\s+(?:has\s+|had\s+)?(?:called|calls|described|describes|"
                             r"termed|terms|dubbed|branded|labell?ed)(?:\s+as)?(?:\s+(?:its|his|her|their|the|a|an))?\s*$")


def _adds_to_the_quote_before(gap: str, words: str, resolver: Resolver) -> bool:
    """Do the words between the quote before and this partial quote (`words`) add it to the same speaker's: "…, adding
    that …", "and said …" with a reported clause that names nobody and no one else's naming (ADDING_THAT, _own_naming)?
    The one home of the test, for the main pass and (round 67, summit67) a live blog's entries."""
    return not _title_case(words) and (m := ADDING_THAT.match(_unquote_terms(gap))) is not None \
        and not _names_someone(m["rest"], resolver) and _own_naming(m["rest"])


def _own_naming(rest: str) -> bool:
    """Does the reported clause before a partial quote name nothing in someone else's words: no speech word, no naming
    verb, or one whose subject is the speaker ("which he called")? (A quoted term is read unquoted: _unquote_terms.)"""
    if _SPEECH_WORD.search(_OWN_NAMING_END.sub("", rest)):  # "and that analysts had warned of “…”": theirs
        return False
    return _NAMING_IN_CLAUSE.search(rest) is None or _OWN_NAMING_END.search(rest) is not None


def _drop_headline_repeats(found: list[Found], headline_end: int) -> list[Found]:
    """A quote in the headline whose words the body quotes again ('… görüşdü: "Qırğızıstan bizim üçün
    qardaş ölkədir"' over the body's full quote) is one statement: the body's stays."""
    heads = [f for f in found if f.outer[0] < headline_end]
    if not heads:
        return found
    body = [_folded_quote(f.text) for f in found if f.outer[0] >= headline_end and f.speaker]  # said by someone
    return [f for f in found if f.outer[0] >= headline_end
            or not any(_folded_quote(f.text).rstrip(".!?…") in text for text in body)]


def _folded_quote(words: str) -> str:
    """A quote's words without case, the Turkic dotted capital "İ" folded as the "i" the body writes mid-sentence
    (round 44: casefold() gives "i" and a combining dot: headline “İki şəhərin …” is the body's "…, iki şəhərin …")."""
    return words.translate(_FOLDED_I).casefold()


_INNER_BREAK = re.compile(r"[.!?…]\s+\S")


# someone named after a preposition in the attribution's sentence is not another speaker: "“…,” Szijjártó
# told reporters after the meeting with Bayramov. “…”" (the next quote still Szijjártó's)
_PREPOSITION_NAME = re.compile(rf"\b(?:with|after|before|alongside|beside|to|at|for|from)\s+(?:the\s+)?"
                               # round 35 (English quotes B): "said after meeting his host, Foreign Minister X Y. “…”"
                               r"(?:(?:meeting|visiting|receiving|hosting|welcoming)\s+(?:with\s+)?)?"
                               # round 35 (English quotes B): "… told reporters after talks with his Kyrgyz counterpart
                               # X Y. “…”": the one met, named after "his/her" and a counterpart's or host's title
                               r"(?:(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:counterpart|host|guest|colleague)s?,?\s+)?"
                               rf"[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*)*")


# the speaker's appositive ending the attribution: "“…,” said Dóra Kertész, an analyst at consultancy Regio
# Insight. “…”": a name in it is the speaker's employer or town, no other speaker
# (round 13: capitalised words of a place or body may open it, "a Central Asia specialist at …", "a Caspian energy
# analyst", up to a lower-case word)
_APPOSITIVE = re.compile(r",?\s*(?:an?|the)\s+(?:[A-Z][\w\-]*\s+){0,3}[a-z]")


def _attribution_ended(gap: str, resolver: Resolver, mid_sentence: bool = False) -> bool:
    """'“…,” said Bakhrom Ismoilov, an economist at a think tank. “…”': is the text between the last quote
    (its attribution included) and the next one only the end of that attribution's sentence, so the next
    quote, with no attribution of its own, goes on in the same voice? Not when it names someone else or
    holds another speech word or sentence, nor when it opens a sentence of its own (running text between)."""
    gap = gap.strip()
    if len(gap) > 150 or (gap and (gap[-1] not in ".!?…" or (gap[0].isupper() and not mid_sentence))) \
            or _QUOTE_MARK.search(gap) \
            or _INNER_BREAK.search(gap):
        return False
    if m := _EN_POSSESSIVE_APPOSITIVE.match(gap):
        gap = gap[m.end():]  # round 18: "Azerbaijan’s ambassador to …", "Aliyev’s adviser": the speaker's own office
    if "according" in gap and (m := _EN_ACCORDING_TO_MEDIUM_END.search(gap)):
        gap = gap[:m.start()] + " " + m["source"] + "."  # round 29: the medium that carried the words, no speech word
    if gap[:1] == "," and "ing that " in gap[:30] and (own := _EN_OWN_PARTICIPLE_CLAUSE.match(gap)):
        gap = gap[own.end():]  # the speaker's own reported clause ending the sentence: _EN_OWN_PARTICIPLE_CLAUSE
    if " to be " in gap and (anonymous := _EN_NOT_NAMED_CLAUSE.search(gap)):
        gap = gap[:anonymous.start()] + gap[anonymous.end():]  # round 37 (English quotes A): see _EN_NOT_NAMED_CLAUSE
    if "who " in gap and (own := _EN_SPEAKERS_RELATIVE_CLAUSE.search(gap)) and not _SPEECH_WORD.search(own[0]):
        gap = gap[:own.start()] + gap[own.end():]  # round 48 (quotes, other): see _EN_SPEAKERS_RELATIVE_CLAUSE
    return not gap or not (_SPEECH_WORD.search(gap) or (not (_APPOSITIVE.match(gap)
                                                              or _EN_BARE_TITLE_APPOSITIVE.match(gap))  # round 29
                                                         and _names_someone(_PREPOSITION_NAME.sub(" ", gap), resolver)))


# Round 48 (quotes, other): the speaker's own relative clause in the attribution's sentence ("“…,” said X Y,
# Uzbekistan's Minister of Investment, who accompanied Aripov, opening the forum. “…”"): "who" is the speaker, so
# the one named after its verb is whom he accompanied, met or serves, no other speaker, and the next quote goes on
# in his voice (a speech word in the clause, "who told Aripov", still ends it: the clause is read for one first)
_EN_SPEAKERS_RELATIVE_CLAUSE = re.compile(r"(?:^|,\s+)who\s+(?:(?:has|had|also|is|was)\s+)?[a-z][\w\-]*\s+"
                                          r"[^.!?,;:“”\"«»]{1,60}(?=[.!?,])")


# The attribution's sentence going on with a participle of the same speaker and a that-clause: '“…,” he said, noting
# that trade with Hungary had passed $400 million. “…”': the participle is his own speech word, not another speaker's
# (the clause after it is still read for a name: "noting that Aliyev had promised …" names another)
_EN_OWN_PARTICIPLE_CLAUSE = re.compile(rf",\s*(?:{_PARTICIPLES})\s+that\s")


# Round 18: the speaker's appositive, a possessive and a title, after the comma that ends the attribution: "“…,” said
# Bahram Guliyev, Azerbaijan’s ambassador to Kazakhstan, at a reception. “…”" (also "Aliyev’s foreign policy adviser",
# "Hungary’s foreign minister"): the sentence goes on, the names in the title are his office, not other speakers
_EN_POSSESSIVE_APPOSITIVE = re.compile(rf"[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,2}}['’]s\s+"
                                       rf"(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_LOWER_TITLES})\b")


# Round 29: the speaker's appositive as a bare lower-case title, no article, then "of"/"at" and the body: "“…,” said X Y,
# managing director of Almaty-based forwarder Steppe Cargo. “…”" (the wires' and the trade press's form); the body's
# capitalised name is his employer, not another speaker
# (round 44, English quotes: capitalised too, as ministries write their own officials, "“…,” said X Y, Deputy State
# Secretary of the Hungarian Ministry of Agriculture. “…”": up to three capitalised rank words before the title; "to"
# too, "Senior Adviser to the …")
_EN_BARE_TITLE_APPOSITIVE = re.compile(rf",?\s*(?:(?:{_LOWER_TITLES})"
                                       rf"|(?:[A-Z][a-z]+\s+){{0,3}}(?i:{_LOWER_TITLES}|secretary))"
                                       r"\s+(?:of|at|for|with|to)\s")
# Round 29: the medium that carried the words, closing the attribution's sentence: "“…,” X told his guest, according to
# state television. “…”" (the source is no speaker unless it names one: _names_someone still reads it)
_EN_ACCORDING_TO_MEDIUM_END = re.compile(r",\s*according\s+to\s+(?P<source>[^.!?;:,“”\"«»]{3,60})[.!?]$")


# Round 48 (quotes, other): the possessive appositive with the title capitalised, as ministries and agencies write an
# official's ("“…,” said X Y, Uzbekistan's Minister of Investment, Industry and Trade, …. “…”"), up to three capitalised
# rank words before it ("Kazakhstan's First Deputy Minister")
_EN_POSSESSIVE_CAPITAL_TITLE = re.compile(rf"[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,2}}['’]s\s+"
                                          rf"(?:[A-Z][a-z]+\s+){{0,3}}?(?i:{_LOWER_TITLES})\b")


def _en_attribution_goes_on(text: str, last: Found) -> bool:
    """Does the last quote's after-attribution end mid-sentence, so the text up to the next quote is the rest of that
    sentence ("“…,” Szijjártó told Le Monde. “…”"; round 18: "said X, Azerbaijan’s ambassador …. “…”")?"""
    end = last.outer[1]
    # (round 44, English quotes: or his capitalised title and its body, "said X Y, Deputy State Secretary of …. “…”")
    return text[end - 1].isalnum() or (text[end - 1] == ","
                                       and (_EN_POSSESSIVE_APPOSITIVE.match(text[end:end + 120].lstrip()) is not None
                                            or _EN_POSSESSIVE_CAPITAL_TITLE.match(text[end:end + 120].lstrip())
                                            is not None  # round 48 (quotes, other), and "…, who accompanied X."
                                            or _EN_SPEAKERS_RELATIVE_CLAUSE.match(text[end - 1:end + 120]) is not None
                                            or _EN_BARE_TITLE_APPOSITIVE.match(text, end, end + 120) is not None))


def _attribution_follows(text: str, pieces: list[tuple[int, int]], after: str) -> bool:
    """Does a quote end in a comma or dash ('“…,” the statement read'), so its own attribution follows (one
    no rule read), not the end of a sentence?"""
    return text[pieces[-1][0]:pieces[-1][1]].rstrip()[-1:] in (",", "-", "–", "—") \
        or after.lstrip()[:1] in (",", "-", "–", "—")


# round 12: the rest of a sentence that goes on after its speech verb ("… told the business forum that …")
_SENTENCE_GOES_ON = re.compile(r"[^.!?]*?\bthat\b|[^.!?]{41}")  # match() anchors it at its pos


def _new_sentence(quoted: str, after: str, end: int) -> bool:
    """'… and, in Erdogan's words, “to ten billion dollars as soon as possible.” Trade Minister Mehmet Muş told
    the business forum that …': is what follows a quote closed by a full stop a sentence of its own (a
    capital after the stop, and the sentence goes on past its verb with "that" or forty characters), not the
    quote's attribution? ('“… this year.” Aliyev said.', a sloppy comma, stays an attribution)."""
    if not (quoted.endswith(".") or after.startswith(".")):
        return False
    opening = after.lstrip(" .")
    # (round 16b: or it ends in a colon, the next quote's: '“… brother.” Tokayev replied: “…”' is his reply, not the
    # first quote's attribution)
    return opening[:1].isupper() and (bool(_SENTENCE_GOES_ON.match(after, end)) or after[end:end + 3].lstrip()[:1] == ":")


def _joint(phrase: str, resolver: Resolver) -> bool:
    """Round 14: does a speaker phrase join two people ("Aliyev and Tokayev", "Erdoğan and his Azerbaijani
    counterpart")? Their joint words are neither's alone ("Minister of Trade and Integration X Y" is one)."""
    if " and " not in phrase:
        return False
    first, _, second = phrase.partition(" and ")
    if resolver.resolve(first, speaking=False) is None:
        return False
    if second.lstrip().startswith(("his ", "her ")):  # "and his counterpart": someone else beside him
        return True
    two = resolver.resolve(second, speaking=False)
    return two is not None and two.name != resolver.resolve(first, speaking=False).name


# Russian: a bare title opening the quote's sentence, then its verb ("Министр отметил, что «…»", "Министр подчеркнул:
# «…»", "Эксперт уверен, что …"); the sentence before names the one person it means ("Министр торговли Казахстана
# Арман Шаккалиев посетил форум в Баку.")
_RU_BARE_TITLE_OPENING = re.compile(r"^(?P<title>Министр|Президент|Эксперт|Экономист|Аналитик|Политолог|Посол)"
                                    r"\s+(?:также\s+|же\s+)?[а-яё]+(?:л|ла)\b")


def _ru_unfit_last_speaker_lead(text: str, paras, para_start: int, own_before: str, sentence: str,
                                resolver: Resolver):
    if not (m := _RU_BARE_TITLE_OPENING.match(sentence)) or _title_fits(m["title"], resolver.last_speaker):
        return None
    lead = _sentence_before(text, paras, para_start, _SENTENCE_BREAK.split(own_before.strip()))
    if _QUOTE_MARK.search(lead) or (person := _ru_one_named(lead, resolver)) is None \
            or not _title_fits(m["title"], person, lead):
        # a minister's words, and no minister named to be he: nobody's (as _unfit_last_speaker_lead)
        return (None, "unattributed", 0) if _holds_other_office(resolver.last_speaker) and m["title"] == "Министр" \
            else None
    return resolver.resolve(person.name), "subject-colon" if own_before.rstrip().endswith(":") else "said-that", 0


# Round 17: a quote right after "Asked …" opening its sentence is the question put to the one who then answers, not his
# words: 'Asked by a reporter “whether the treaty could be signed this year”, Bayramov replied: “…”', 'When asked
# “…”, she said', 'Asked about “…”, he replied', the passive 'Bayramov was asked “…” and replied …', and 'Bayramov, when
# asked “…”, said' (not "X asked “…”": a question of his own is his words)
_ASKED = (r"(?:(?:^|[.!?]\s+|\n)(?:When\s+|If\s+|After\s+being\s+|Being\s+)?[Aa]"
          r"|\b(?:was|were|is|been|being|,\s+(?:when\s+)?)\s*a)sked"
          r"(?:\s+(?:by|from)\s+[^,.;:!?“”\"«»„]{1,60}?)?"
          r"(?:\s+(?:about|on|whether|if|why|how|what|when|to\s+comment\s+on|the\s+question))?")
_ASKED_OPENING = re.compile(_ASKED + r",?\s*$")
# the question inside the sentence of its answer: 'Bayramov, when asked “whether …”, said: “…”' reads as "when asked it,"
_ASKED_QUESTION = re.compile(rf"(?P<asked>{_ASKED})\s*(?:“[^“”]{{1,200}}”|\"[^\"]{{1,200}}\")\s*,")


# Round 76 (tracks76): a statement printed under a heading of its own that names its owner in the genitive and the
# statement's noun, "Prezident İlham Əliyevin bəyanatı" over paragraphs each reopened with “ (dev/1185; Turkish
# "Cumhurbaşkanı Erdoğan'ın konuşması"): the owner speaks the quote under it, however many paragraphs it runs over
_STATEMENT_HEADING_NOUNS = ("bəyanatı", "çıxışı", "nitqi", "müraciəti", "açıklaması", "konuşması", "beyanatı", "hitabı")
_STATEMENT_HEADING = re.compile(rf"^(?P<owner>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,4}})\s+"
                                rf"(?:{'|'.join(_STATEMENT_HEADING_NOUNS)})$")
STATEMENT_HEADING_LENGTH = 90  # a heading is one short line, no sentence of the body


def _statement_heading_owner(heading: str, resolver: Resolver) -> Person | None:
    """The person a heading "<title> <name>-GEN <statement noun>" on a line of its own names, else None (a name in no
    genitive, "Prezident İlham Əliyev bəyanatı", is no owner's heading)."""
    heading = heading.strip()
    if len(heading) > STATEMENT_HEADING_LENGTH or not (m := _STATEMENT_HEADING.match(heading)):
        return None
    owner = m["owner"]
    apostrophe = max(owner.rfind("'"), owner.rfind("’"))
    nominative = owner[:apostrophe] if apostrophe > 0 else az_nominative(owner)
    return resolver.resolve(nominative) if nominative != owner else None


def _attribute(after: str, before: str, text: str, para_start: int, paras, resolver: Resolver, quoted: str = ""):
    before = without_place_before_region_noun(before)  # round 48 (quotes, other): "Doğu Zengezur bölgelerinde", no one
    if before[:1] == "@":  # round 77 (xthread77): '@handle (Name, title), 14 May: “…”', a post on X under its header
        posted, person = _post_header_speaker(before, text[:para_start], resolver)
        if posted:
            if person is not None:
                resolver.last_speaker = person
            return person, "transcript" if person else "unattributed", 0
    if not before.strip() and (person := _tr_lead_paragraph_subject(text, paras, para_start, after, resolver)):
        return person, "verb-final", AFTER_VERB_FINAL.match(after).end()  # round 33: 'X, … söyledi.\n\n"…" dedi.'
    if "sked" in before[-300:]:
        if _ASKED_OPENING.search(before[-90:]):
            return None, "unattributed", 0  # round 17: the question, not the answer
        before = _ASKED_QUESTION.sub(r"\g<asked> it,", before)  # round 17: "X, when asked “…”, said:" is X's
    if before[-1:] == " " and "," in before[-3:] and (person := _en_inset_said_speaker(before, text[:para_start] + before, resolver)) \
            is not None:
        return person, "as-said", 0  # round 31: "…, where, he said, “the doors are open …”"
    if before[:1] in _TITLE_INITIALS or ". " in before:  # a cheap gate: a bare title opens the paragraph or a sentence
        if (found := _unfit_last_speaker_lead(text, paras, para_start, before, after, resolver)) is not None:
            return found  # round 16
    if ("слова" in after[:80] or "цитат" in after[:80] or "фраз" in after[:80]) and _RU_WORDS_AFTER.match(after):
        return None, "unattributed", 0  # round 18: "«…», — напомнил слова Ататюрка Эрдоган" are Atatürk's words
    if "лав" in after[:40] or "лидер" in after[:40] or "резид" in after[:40]:  # a cheap gate for _RU_HEAD_WORDS
        lead = before if before.strip() else _previous_paragraph(text, paras, para_start)
        if (found := _ru_head_after(after, lead, resolver)) is not None:  # round 18
            return found[0], "said-after" if found[0] else "unattributed", found[1] if found[0] else 0
    genitive_before = before[-3:].rstrip()[-2:] in TURKIC_GENITIVE_ENDINGS
    if genitive_before and (found := _turkic_words_owner(before, after, quoted, resolver)):
        return found[0], "words-of", found[1]  # round 20: 'Erdoğan'ın "…" sözlerini hatırlatan Uraloğlu' is Erdoğan's
    if genitive_before and _tr_unknown_owners_words(before, after, quoted):
        return None, "unattributed", 0  # round 24: 'Erdoğan, Atatürk'ün "…" sözlerini kullandı' is not Erdoğan's
    if _tr_ablative_gate(before) and (found := _turkic_words_from(before, after, text, resolver)) is not None:
        return found[0], "words-of", found[1]  # round 24: 'Bakan Bolat'tan "…" açıklaması' is Bolat's
    if before.rstrip().endswith(":") and (_tr_ablative_gate(before) or "dən " in before[-120:]) \
            and (person := _turkic_words_from_colon(before, text, resolver)) is not None:
        return person, "words-of", 0  # round 25: 'Erdoğan'dan Azerbaycan mesajı: "…"' is Erdoğan's
    if before[-8:].rstrip()[-3:] in _TR_RELATIVE_SAID_ENDS \
            and (found := _turkic_said_words_owner(before, after, resolver)):
        return found[0], "words-of", found[1]  # round 24: 'Tokayev'in zirvede söylediği "…" sözleri' is Tokayev's
    for pattern, rule in ((AFTER_SPEAKER_VERB, "said-after"), (AFTER_VERB_SPEAKER, "said-after"),
                          (AFTER_VERB_SPEAKER_RU, "said-after"), (AFTER_VERB_PRONOUN_RU, "said-after"),
                          (AFTER_VERB_GERUND_SPEAKER_RU, "said-after"),  # round 40
                          (AFTER_ACCORDING, "according-to"),
                          (AZ_DEYE, "said-after"), (AZ_AFTER, "said-after"), (TR_SAYING, "saying-before"),
                          (AZ_DEYE_VERB, "said-after"), (AFTER_QUOTED_AS, "said-after")):
        m = pattern.match(after)
        if m and pattern is AFTER_SPEAKER_VERB and _new_sentence(quoted, after, m.end()):
            continue
        if m and pattern in (AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER) and _joint(m["spk"], resolver):
            return None, "unattributed", 0  # round 14: '“…,” Aliyev and Tokayev said in a joint statement'
        if m and pattern is AFTER_VERB_SPEAKER_RU and _RU_OCCUPATION_OF_OUTLET.match(m["spk"]) \
                and not _RU_OCCUPATION_FIRM_NAME.match(m["spk"]):  # round 34: "аналитик Halyk Finance X Y"
            continue  # round 31: "— пояснил эксперт Atameken Business." names the outlet (_ru_occupation_after)
        if m and pattern is AFTER_VERB_SPEAKER_RU and m["spk"][:2] == "он" and _RU_PRONOUN_THEN_ADDRESSEE.match(m["spk"]):
            continue  # round 40: "— сказал он Радио Озоди." (the pronoun's, AFTER_VERB_PRONOUN_RU; the outlet no name)
        if m and pattern is AFTER_VERB_SPEAKER_RU and (found := _ru_speaker_then_outlet(after, resolver)) is not None:
            return found[0], rule, found[1]  # round 38: "— сказал Назаров Sputnik Таджикистан." (the outlet no name's)
        if m:
            person = _surname_speaker(_speaker_phrase(m["spk"]), text[:para_start] + before, resolver) \
                if pattern in (AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER) \
                else resolver.resolve(_ru_past_with_whom(_speaker_phrase(_ru_without_latin_body(m["spk"]))))  # (round 20)
            if pattern in (AZ_DEYE, AZ_DEYE_VERB) and (named := _az_name_after_title_chain(m["spk"])):
                person = resolver.resolve(named)  # round 44: "deyə Komitənin … idarəsinin rəisi X Y bildirib"
            if person is None and pattern is AFTER_VERB_SPEAKER_RU and after[m.end() - 1:m.end()] == ",":
                person = _ru_appositive_titled_name(after[m.end():], resolver)  # round 68 (tacik68)
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and " rəhbəri" in m["spk"]:
                # round 49 (quotes, local): "– deyə Gəncə rəhbəri qeyd edib", the one titled head of that town before
                person = _az_town_head_named_before(m["spk"], text[:para_start] + before, resolver)
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and m["spk"].strip() in _AZ_GUEST_WORDS:
                # round 51 (quotes51b): "– deyə qonaq vurğulayıb" is the head of the delegation the text named
                person = _guest_named_before(text[:para_start] + before, resolver, "az")
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and "." in m["spk"][:3]:
                # round 49 (quotes, local): "– deyə N.Bayramov vurğulayıb" after "… başçısı Niyazi Bayramov"
                person = initial_named_in_full(text[:para_start] + before, m["spk"].strip(), resolver)
            if person is None and pattern in (AZ_AFTER, AZ_DEYE_VERB) and m["spk"].lower().endswith(_AZ_HEAD_TITLE_ENDS):
                person = _az_titled_named_before(m["spk"], text[:para_start] + before, resolver)  # round 21
            if person is None and pattern in (AZ_AFTER, AZ_DEYE_VERB) and m["spk"][:1].islower() \
                    and m["spk"].lower().endswith(_AZ_HEAD_TITLE_ENDS):  # round 44: "deyə icra başçısı bildirib"
                person = _az_short_title_named_before(m["spk"], text[:para_start] + before, resolver)
            if person is None and pattern in (AZ_AFTER, AZ_DEYE_VERB) and m["spk"].lower().endswith(_AZ_HEAD_TITLE_ENDS) \
                    and (longer := _az_compound_genitive_title(m["spk"])):  # round 33: "Ali Məclisin Sədri"
                person = _az_titled_named_before(longer, text[:para_start] + before, resolver)
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and m["spk"][:1].islower() \
                    and (bare := _az_title_before_more_words(m["spk"])):
                # round 47: "– deyə nazir forumdakı çıxışında bildirib" is the minister the article put at the forum
                person = _az_occasion_participant(m["spk"], bare, text[:para_start] + before, resolver) \
                    or resolver.resolve(bare)  # round 33: '– deyə ekspert Report-a bildirib'
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and m["spk"][:1].islower():
                person = _az_bare_title_named_before(m["spk"], text[:para_start] + before, resolver)  # round 43, w2
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and m["spk"][:1].islower():
                person = _az_bare_title_last_subject(m["spk"], text[:para_start] + before, resolver)  # round 57
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and m["spk"][:1].islower() \
                    and "." in before:
                person = _az_bare_title_sentence_subject(m["spk"], before, text[:para_start] + before, resolver)  # r62
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) \
                    and _AZ_CAPITAL_TITLE_WORD.fullmatch(m["spk"].strip()):
                person = _az_capital_title_named_before(m["spk"].strip(), text[:para_start] + before, resolver)  # r68
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and "Nazirlər" in m["spk"]:
                # round 57 (quotesaztr57): "», – Qırğızıstan Nazirlər Kabinetinin sədri vurğulayıb.", the cabinet's head
                person = _az_opening_cabinet_head(m["spk"], resolver)
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and m["spk"][:1].islower() \
                    and (short := _AZ_SHORT_TITLE_BEFORE_OCCASION.fullmatch(m["spk"].strip())):
                # round 48 (quotes, other): '“…”, – deyə icra başçısı görüşdə bildirib', the one titled so before
                person = _az_short_title_named_before(short["title"], text[:para_start] + before, resolver)
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and "hökumət" in m["spk"] \
                    and (premier := _az_government_head_as_premier(m["spk"])):
                person = resolver.resolve(premier)  # round 33: '– deyə Qırğızıstan hökumətinin başçısı bildirib'
            if person is None and pattern in (AZ_DEYE, AZ_AFTER, AZ_DEYE_VERB) and "nazir" in m["spk"]:
                person = _az_state_minister_named_before(m["spk"], text[:para_start] + before, resolver)  # round 54
            if person is None and pattern is TR_SAYING:  # round 40 (Turkish quotes): '"…" diyen Demirci, …'
                person = _tr_saying_surname_named_before(m["spk"], text[:para_start] + before, resolver)
            if person is None and pattern is TR_SAYING and m["spk"].endswith(" yardımcısı"):  # round 74 (misc74)
                person = _tr_demonym_deputy_named_before(m["spk"], text[:para_start] + before, resolver)
            if person is None and pattern is AFTER_VERB_SPEAKER_RU and m["spk"][:1].islower() and " " in m["spk"] \
                    and after[m.end() - 1:m.end()] == "," and (more := _RU_TITLE_LIST_REST.match(after, m.end())) \
                    and (person := resolver.resolve(_speaker_phrase(more["spk"]))):
                return person, rule, more.end()  # round 44: "— сказал министр инвестиций, … и торговли X Y Z."
            if person is None and pattern is AFTER_VERB_SPEAKER_RU:  # round 24: "— сказал Садыков" after "Ерлан Садыков"
                person = _ru_surname_named_before(_speaker_phrase(m["spk"]), text[:para_start] + before, resolver)
            if person is None and pattern is AFTER_VERB_SPEAKER_RU \
                    and (m["spk"][:1].islower() or m["spk"].startswith(RU_CAPITAL_TITLE_OPENINGS)):  # round 28, 32
                person = _ru_title_before_occasion(_speaker_phrase(m["spk"]), resolver)
            if person is None and pattern is AFTER_VERB_SPEAKER_RU and m["spk"][:1] in "махг":  # round 63
                person = _ru_place_head_named_before(_speaker_phrase(m["spk"]), text[:para_start] + before, resolver)
            if person is None and pattern is AFTER_VERB_SPEAKER_RU and m["spk"][:1] in "ахг" \
                    and (head := ru_region_head_said(_speaker_phrase(m["spk"]), text[:para_start] + before)):
                person = resolver.resolve(head)  # round 68 (forum68b): "— подчеркнул хяким велаята." (dev/1107)
            if person is None and pattern is AFTER_VERB_SPEAKER_RU and m["spk"][:1] in "зг":  # round 68 (forum68b)
                person = _ru_short_title_named_before(_speaker_phrase(m["spk"]), text[:para_start] + before, resolver)
            if person is None and pattern in (AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER) \
                    and (occupation := _EN_BARE_OCCUPATION.fullmatch(_speaker_phrase(m["spk"]))):
                person = _occupation_named_before(occupation["occ"], text[:para_start] + before, resolver)  # round 26
            if person:
                return person, rule, m.end()
    if "inister " in after[:60] and " and " in after[:140] and (found := _en_list_titled_after(after, resolver)):
        return found[0], "said-after", found[1]  # round 62: '“…,” Minister of Investment, Industry and Trade X Y said'
    if _az_earlier_words_gate(after) and (found := _az_earlier_words(after, resolver)) is not None:
        return found[0], "said-after", found[1]  # round 32: '"…", - dövlət başçısı o zaman bildirmişdi.'
    if "deyə" in after[:12] and (m := AZ_DEYE_BARE_VERB.match(after)) and (person := _az_subject_before_deye(before, resolver)):
        return person, "said-after", m.end()  # round 32: 'Direktor X Y “…”, – deyə bildirib.'
    if _az_present_said_after_gate(after) and (found := _az_present_said_after(after, resolver)) is not None:
        return found  # round 39: '“…”, – ekspert hesab edir.' (the present: "thinks", "says")
    if ("diği" in after[:14] or "dığı" in after[:14]) \
            and (found := _tr_reported_nominal(before, after, resolver)) is not None:
        return found  # round 49 (quotes, local): 'Başbakan X'un "…" dediği, … bildirildi' (reported as X's words)
    if _tr_relayed_gate(after) and (found := _tr_relayed_speaker(before, after, resolver)) is not None:
        return found  # round 39 (Turkish quotes): '… X'in "…" dediğini aktardı' (X's words, told by another)
    if after.lstrip(" ,.!?")[:1] in ("-", "–", "—") \
            and (found := _ru_dash_after(after, text[:para_start] + before, resolver,
                                         before if before.strip() else _previous_paragraph(text, paras, para_start))):
        return found[0], "said-after", found[1]  # round 18: "– сказал первый президент Казахстана", "спикер Сената"
    if "," in after[:60] and (found := _ru_title_chain(after, resolver)) is not None:
        return found[0], "said-after", found[1]  # round 17: "— пояснил политолог, эксперт … Тимур Ахметжанов"
    if (m := AFTER_TITLED_NAME.match(after)) and not en_outlet_named(after[:m.end("spk")]) \
            and (person := resolver.resolve(_speaker_phrase(m["spk"]))):
        return person, "said-after", m.end()  # round 10: "“…,” government spokesman X Y said"
    if (m := AFTER_DESCRIPTOR_NAME.match(after)) and m["spk"].rsplit(None, 1)[-1] not in _BODY_WORDS \
            and (person := resolver.resolve(m["spk"])):
        return person, "said-after", m.end()  # round 15: "“…,” one freight forwarder, X Y, told me"
    if (m := AFTER_VERB_DESCRIPTOR_NAME.match(after)) and m["spk"].rsplit(None, 1)[-1] not in _BODY_WORDS \
            and (person := resolver.resolve(m["spk"])):
        return person, "said-after", m.end()  # round 26: "“…,” said one Almaty-based banker, X Y."
    if (m := AFTER_VERB_LOWER_TITLE_NAME.match(after)) and (person := resolver.resolve(m["spk"])):
        return person, "said-after", m.end()  # round 32: "“…,” said veteran diplomat X Y."
    if (m := AFTER_NAME_POSSESSIVE_TITLE.match(after)) and (person := resolver.resolve(m["spk"])):
        return person, "said-after", m.end()  # round 11: "“…,” X Y, Kazakhstan's deputy minister, said"
    if ", " in after[:120] and (m := AFTER_VERB_TITLE_NAME.match(after) or AFTER_TITLE_NAME_VERB.match(after)) \
            and (person := resolver.resolve(m["spk"])):
        return person, "said-after", m.end()  # round 13: "“…,” said Tokayev's spokesman, X Y."
    if "a" in after[:12] and (found := _en_said_manner_name(after, text[:para_start] + before, resolver)):
        return found[0], "said-after", found[1]  # round 39 (English quotes B): "“…,” said a smiling X at …"
    if "konuk" in after[:40] and (m := _TR_VERB_GUEST.match(after)) \
            and (person := _guest_named_before(text[:para_start] + before, resolver, "tr")):
        return person, "said-after", m.end()  # round 51 (quotes_gaps51): '"…" dedi konuk.' (the delegation's head)
    if "di" in after[:9] and (found := _tr_inverted_named(after, text[:para_start] + before, resolver)) is not None:
        return found  # round 32: '"…," dedi Aliyev.' names its speaker, whoever the sentence before was about
    if "di" in after[:9] and "si" in after[:60] \
            and (found := _tr_inverted_body_role(after, text[:para_start] + before, resolver)) is not None:
        return found  # round 59 (quotesaztr59): '"…," diye konuştu TİM yöneticisi.'
    if (m := AFTER_VERB_FINAL.match(after)) and " " in before and _local_joint_subject(before, resolver):
        return None, "unattributed", 0  # round 17: 'Bolat ve Şakkaliyev, … "…" açıkladı' is neither's alone
    if m and ("Vali, " in before[-60:] or "Akim, " in before[-60:] or "Büyükelçi, " in before[-60:]
              or "Başbakan, " in before[-60:] or "Hakim, " in before[-60:]) \
            and (person := _tr_bare_local_title(before, text[:para_start] + before, resolver)):
        return person, "verb-final", m.end()  # round 40 (Turkish quotes): 'Vali, "…" dedi.' after "Vali X Y …"
    if m and ("ı, " in before or "i, " in before or "n, " in before) \
            and (person := _tr_bare_title_subject(before, text[:para_start] + before, resolver)):
        return person, "verb-final", m.end()  # round 49 (quotes, local): 'Cumhurbaşkanı Yardımcısı, …: "…," dedi.'
    if m and "Konuk" in before[-40:] and _TR_GUEST_SUBJECT.search(before) \
            and (person := _guest_named_before(text[:para_start] + before, resolver, "tr")):
        return person, "verb-final", m.end()  # round 51 (quotes_gaps51): 'Konuk, "…" dedi.' (_guest_named_before)
    if m and ("O, " in before or "Qonaq " in before) and (person := _az_pronoun_subject(before, resolver)):
        return person, "verb-final", m.end()  # 'O, … “…” fikrini vurğulayıb.', 'Qonaq həmçinin … “…” təşəkkürünü …'
    if m and (" uzman" in before or "konomist" in before or "nalist" in before or "kspert" in before) \
            and (person := _turkic_demonym_expert(before, resolver)):
        return person, "verb-final", m.end()  # round 59 (quotesaztr59): 'Türkmen uzman, "…" … bulundu.'
    if m and "sor" in before[-BEFORE_WINDOW:] and (person := _tr_asked_one_answers(before, resolver)):
        return person, "verb-final", m.end()  # round 72 (quotes72a): "X'a sordum: …? Gülümsedi. "…" dedi."
    if m and ", " in before and (found := _tr_verb_final_subject(before, resolver)) is not None:
        return (found, "verb-final", m.end()) if found else (None, "unattributed", 0)  # round 18
    if m and (person := _clause_subject(before, resolver)):
        if " ile " in before and _tr_met_with(before, person, resolver):
            return None, "unattributed", 0  # round 24: 'Bakan, X Y ile görüştükten sonra "…" dedi' is not X Y's
        if person.rule == "name" and (full := _tr_surname_of_another(before, text[:para_start] + before, person)) \
                and (own := resolver.resolve(full)):
            person = own  # round 45: 'Karimov, "…" dedi' after "Botir Karimov" is not the table's Islam Karimov
        return person, "verb-final", m.end()
    if m and (person := _tr_surname_named_in_full(before, text[:para_start] + before, resolver)):
        return person, "verb-final", m.end()  # round 35: 'Aybek X da … davet etti.\n\nX, "…" dedi.'
    if NOMINALISED_END.search(quoted) and (m := BARE_VERB_AFTER.match(after)) and _local_joint_subject(before, resolver):
        return None, "unattributed", 0  # round 17, as above
    if NOMINALISED_END.search(quoted) and ", " in before and (m := BARE_VERB_AFTER.match(after)) \
            and (found := _tr_verb_final_subject(before, resolver)) is not None:  # round 23: a partial quote after
        return (found, "verb-final", m.end()) if found else (None, "unattributed", 0)  # 'X ile görüşen Y, …' is Y's
    if NOMINALISED_END.search(quoted) and (m := BARE_VERB_AFTER.match(after)) \
            and (person := _clause_subject(before, resolver)):
        if " ile " in before and _tr_met_with(before, person, resolver):
            return None, "unattributed", 0  # round 24, as above
        return person, "verb-final", m.end()
    if NOMINALISED_END.search(quoted) and resolver.last_speaker is not None and (m := BARE_VERB_AFTER.match(after)) \
            and _tr_subjectless_after_quote(before, resolver):  # round 72 (quotes72a): '"…," dedi X. Sonra …;
        return resolver.resolve(resolver.last_speaker.name), "verb-final", m.end()  # ticaretin "…" söyledi.'
    if quoted.endswith(("ndan", "nden")) and _TR_ABLATIVE_CLAUSE_END.search(quoted) \
            and (m := _TR_COMPLAINED_AFTER.match(after)) and (person := _clause_subject(before, resolver)):
        return person, "verb-final", m.end()  # round 67: '… "… uzadığından" şikâyetçi.'
    if ("vet" in after[:40] or "vət" in after[:40] or "çağ" in after[:40]) \
            and (found := _tr_called_to(quoted, before, after, resolver)):
        return found[0], "verb-final", found[1]  # round 38: '… "ortak projeler üzerinde çalışmaya" davet etti'
    if (found := _tr_whole_quote_bare_verb(quoted, before, after, text[:para_start] + before, resolver)) is not None:
        return found[0], "verb-final", found[1]  # round 38: 'Bolat, … "…" söyledi.'
    if ("Prezident " in before or "Nazir " in before or "Səfir " in before) \
            and (ending := AFTER_VERB_FINAL.match(after) or AZ_CLAUSE_AFTER.match(after)) \
            and (person := _az_bare_title_before_genitive(before, text[:para_start], resolver)):
        return person, "verb-final", ending.end()  # round 44: 'Görüşdə Prezident X-in salamlarını …, “…” … bildirib.'
    if ("ını" in after[:90] or "ini" in after[:90] or "unu" in after[:90] or "ünü" in after[:90]
            or "olarak" in after[:40]) \
            and not _title_case(quoted) \
            and (found := _tr_clause_partial(before, after, resolver, text[:para_start] + before)) is not None:
        return found[0], "verb-final", found[1]  # round 17: '… "bu yıl içinde tamamlanmasını" beklediklerini söyledi'
    if (m := REPORTED_AFTER.match(after)) and (person := _genitive_subject(before, resolver)):
        return person, "verb-final", m.end()  # round 16: 'Aliyev'in, … "…" olduğunu söylediği aktarıldı.'
    if "ğini " in after[:80] and (m := _TR_RELAYED_AFTER.match(after)) and (person := _relayed_genitive(before, resolver)):
        return person, "verb-final", m.end()  # round 27: 'X, Y'nin … "…" olarak gördüğünü söylediğini aktardı.'
    if "yer al" in after[:30] and (m := TURKIC_WORDS_IN.match(after)) \
            and (person := _turkic_words_in_subject(before, resolver)):
        return person, "verb-final", m.end()  # round 18: 'Erdoğan'ın mesajında "…" ifadeleri yer aldı.'
    if _turkic_said_in_gate(after[:40]) and (m := TURKIC_SAID_IN.match(after)):
        person = _turkic_words_in_subject(before, resolver)  # round 18b: 'Bolat'ın açıklamasında "…" denildi.'
        return (person, "verb-final", m.end()) if person else (None, "unattributed", 0)
    if ("слова" in after[:40] or "цитир" in after[:30]) and (found := _ru_quoted_words(after, resolver)):
        return found[0], "said-after", found[1]  # round 16: «…», — приводит слова Алиева пресс-служба
    if "пресс-служб" in after[:40] and (found := _ru_press_service_of(after, resolver)):
        return found[0], "said-after", found[1]  # round 31: «…», — цитирует пресс-служба Рахмона слова президента
    if before.rstrip().endswith((",", ":")) and (m := AS_SAID.search(before, max(0, len(before) - BEFORE_WINDOW))) \
            and (person := _as_said_speaker(m, text[:para_start] + before, resolver)):
        return person, "as-said", 0
    if "»" in before[-BEFORE_WINDOW:] and before.rstrip().endswith(",") \
            and (person := _ru_as_said_past_term(before[-BEFORE_WINDOW:], resolver)):
        return person, "as-said", 0  # round 20: "Как заявил председатель правления АО «КТЖ» X Y, «…»"
    if before.rstrip().endswith((",", ":")) and ("words of" in before[-90:] or "quote " in before[-90:]) \
            and (m := EN_WORDS_OF_OPENING.search(before, max(0, len(before) - 90))) and not _joint(m["spk"], resolver) \
            and (person := resolver.resolve(_speaker_phrase(m["spk"])) or _surname_named_before(
                _speaker_phrase(m["spk"]), text[:para_start] + before, resolver)):
        return person, "as-said", 0  # round 18 ("To quote Tokayev and Aliyev," is neither's alone)
    own_before = before  # the quote's own paragraph up to it
    if _az_according_gate(own_before):
        _az_according_title_lead(text, paras, para_start, own_before, resolver)  # round 18
    if "göre" in own_before and (person := _tr_words_according(text[:para_start], own_before, resolver)) is not None:
        return person, "according-to", 0  # round 18
    if any(word in own_before for word in _TURKIC_IN_WORDS_GATE) \
            and (person := _turkic_in_words_of(text[:para_start], own_before, resolver)) is not None:
        return person, "according-to", 0  # round 48 (quotes, other): 'Aydemir'in ifadesiyle, “…”'
    if (person := _az_according(own_before, after, resolver)) is not None:
        return person, "according-to", 0
    if "Onun sözlərinə" in own_before \
            and (person := _az_his_words_short_title(text[:para_start], own_before, resolver)):
        return person, "according-to", 0  # round 51 (quotes51b): 'İcra başçısı … çatdırıb. Onun sözlərinə görə, «…»'
    if not before.strip():  # a quote that opens its paragraph: the previous paragraph may end with a colon
        index = next((i for i, (a, _) in enumerate(paras) if a == para_start), 0)
        before = text[paras[index - 1][0]:paras[index - 1][1]] if index else ""
    tail = before[-BEFORE_WINDOW:]  # both patterns end at the quote: searching a long paragraph is waste
    ends_with_colon = tail.rstrip().endswith(":")
    if ends_with_colon and not own_before.strip() and (labelled := _ru_label_paragraph(before.strip(), resolver)):
        return labelled, "transcript", 0  # round 20: a quote in marks under "Глава ассоциации … X Y:", as a dash line
    if not own_before.strip() and not ends_with_colon and before.rstrip().endswith(_STATEMENT_HEADING_NOUNS) \
            and (person := _statement_heading_owner(before, resolver)) is not None:
        return person, "transcript", 0  # round 76 (tracks76): “…” under "Prezident İlham Əliyevin bəyanatı"
    if ends_with_colon and _turkic_said_in_gate(tail[-40:]) and (m := TURKIC_SAID_IN_COLON.search(tail)):
        person = _turkic_words_in_subject(tail[:m.start()], resolver)  # round 18b: '… mesajında şu ifadeler yer aldı:'
        return (person, "subject-colon", 0) if person else (None, "unattributed", 0)
    if (ends_with_colon or tail.rstrip().endswith(".")) and (person := _tr_genitive_words_colon(tail, resolver)):
        return person, "subject-colon", 0  # round 45: before the words of another, which a subject recalls
    if ends_with_colon and resolver.last_speaker is not None and ("ekle" in tail[-30:] or "etti" in tail[-30:]
                                                                  or "etmişti" in tail[-30:]) \
            and (_TR_SAID_THEN_ADDED.match(_after_last_quote(tail)) or _tr_said_by_then_added_later(tail, resolver)):
        return resolver.last_speaker, "subject-colon", 0  # round 72 (quotes72a): '"…," dedi. Ardından ekledi: "…"'
    if ends_with_colon and ("'" in tail[-90:] or "’" in tail[-90:]) \
            and (person := _tr_own_words_colon(tail, text[:para_start] + own_before, resolver)):
        return person, "subject-colon", 0  # round 62 (quotesother62): 'Kaplan'ın son sözü de bu yönde: "…"'
    if ends_with_colon and _local_words_of_another(tail):
        return None, "unattributed", 0  # round 16b: "… Əliyevin sözlərini xatırladıb:", "… послание Токаева:"
    for pattern, rule in ((BEFORE_COLON, "said-before-colon"), (BEFORE_THAT, "said-that")):
        if (pattern is BEFORE_COLON) != ends_with_colon:
            continue
        start = _earliest_start(tail, ends_with_colon)
        m = pattern.search(tail, start) if start is not None else None
        if m and ends_with_colon and "s " in tail[m.end("spk"):] and _en_words_of_another(tail[m.end("spk"):m.end()], resolver):
            return None, "unattributed", 0  # round 16b: "Aliyev recalled Erdogan's words: “…”" are not Aliyev's
        if m and _en_passive(m["spk"]):
            return None, "unattributed", 0  # round 18b: "Erdoğan was told by officials: “…”" is not his
        if m and pattern is BEFORE_THAT and _title_case(quoted):
            return None, "unattributed", 0  # round 21: "X said that the “Turkic Trade Strategy” would …" names a title
        if m:
            person = _surname_speaker(_speaker_phrase(m["spk"]), text[:para_start] + own_before, resolver)
            if person and ends_with_colon and _az_named_in_own_quote(person, quoted):  # round 34
                person = _az_speaker_without_addressee(m["spk"], tail, text[:para_start] + own_before, quoted,
                                                       resolver)
                if person is None:
                    return None, "unattributed", 0
            if person and person.rule == "unlisted name" and _az_genitive_of_known(person.name, resolver):
                person = None  # round 61: "Prezident İlham Əliyevin dəvəti ilə gələn qonaq bildirib:" (the owner)
            if person:
                return person, rule, 0
    if ends_with_colon and " as saying" in tail and (m := _QUOTED_AS_SAYING.search(tail.rstrip()[:-1] + " ")):
        # round 16: "Tokayev's spokesman X Y quoted the president as saying: “…”" is the president's, not X Y's
        sentence = _QUOTE_SENTENCE_BREAK.split(before)[-1]
        person = _quoted_as_saying(m, before[:len(before) - len(sentence)], resolver)
        return person, "subject-colon" if person else "unattributed", 0
    if ends_with_colon and len(before) < 200 and (m := TITLED_LABEL.match(before.strip())) and not m["q"] \
            and (person := _titled_label(m["label"], resolver)) is not None:
        resolver.last_speaker = person
        return person, "transcript", 0  # round 16: 'Aida Karimova, an analyst at …:' over '"…"'
    if ends_with_colon and own_before.strip() and len(own_before) < 80 and paras and para_start != paras[0][0] \
            and _spoken_sentence(quoted, after) and (m := LABEL.match(own_before.strip())) and _labelled(m["spk"]) \
            and (person := resolver.resolve(m["spk"])):
        return person, "transcript", 0  # round 20: 'Tokayev: “…”', a label and the quote in one paragraph (not the headline)
    if ends_with_colon and own_before.strip() and _spoken_sentence(quoted, after) \
            and (person := _ru_label_sentence(own_before, resolver)):
        return person, "transcript", 0  # round 74 (misc74): "11:35 … . Эмомали Рахмон: «…»" in a news flash
    if ends_with_colon and AZ_COLON_VERB.search(tail) and (person := _clause_subject(tail, resolver)):
        return person, "subject-colon", 0
    if ends_with_colon and AZ_PLUPERFECT_COLON.search(tail) and (person := _clause_subject(tail, resolver)):
        return person, "subject-colon", 0  # round 11
    if ends_with_colon and ("b ki" in tail or "ı ki" in tail or "i ki" in tail or "r ki" in tail) \
            and (person := _indirect_colon_subject(tail, resolver)):  # (round 20: "-mışdı ki", "-mışdır ki" too)
        return person, "subject-colon", 0
    if ends_with_colon and (person := _colon_subject(tail, resolver)):
        return person, "subject-colon", 0
    if ends_with_colon and " isə " in tail and (person := _az_stance_subject(tail, resolver)):
        return person, "subject-colon", 0  # round 32: "… sədri X Y isə daha nikbindir: “…”"
    if not ends_with_colon and " that " in own_before[-BEFORE_WINDOW:] and not _title_case(quoted) \
            and (person := _reported_subject(own_before, resolver, text[:para_start] + own_before)):
        return person, "said-that", 0
    if ends_with_colon and (person := _subject_colon(before, resolver)) \
            and not (person.rule == "unlisted name" and _az_genitive_of_known(person.name, resolver)):  # round 61
        return person, "subject-colon", 0
    if ends_with_colon and (person := _ru_titled_colon(tail, resolver)):
        return person, "subject-colon", 0
    if not ends_with_colon and own_before.strip() and not _title_case(quoted) \
            and (person := _subject_partial(own_before, resolver, text[:para_start])
                 or _en_partial_late_forms(own_before, resolver, text[:para_start])):  # round 35 (English quotes A)
        return person, "said-that", 0
    if (person := _az_attribution(own_before, after, resolver, text[:para_start])) is not None:
        return person, "said-that", 0
    if own_before[:1].isalpha() \
            and (person := _az_short_title_subject(own_before, after, quoted, text[:para_start], resolver)):
        return person, "said-that", 0  # round 48 (quotes, other): 'Vilayət hakimi isə bildirib ki, … “…”'
    if (local := _round11_local(text[:para_start], own_before, after, tail, ends_with_colon, resolver)) is not None:
        return local
    if (local := _round12_local(text, paras, para_start, own_before, after, resolver)) is not None:
        return local
    if (local := _round13_local(text, paras, para_start, own_before, after, tail, ends_with_colon, resolver)):
        return local
    if ends_with_colon and (person := _round14_colon(tail, resolver)) is not None:
        return person, "subject-colon", 0
    if not ends_with_colon and (found := _en_stated_by(after, resolver)) is not None:
        return found[0], "said-after", found[1]  # round 18
    if _en_quoting(after[:90]) and (found := _en_quoted_after(after, resolver)) is not None:
        return found[0], "said-after", found[1]  # round 18
    if ("quoting " in after[:150] or "citing " in after[:150]) and (found := _en_said_quoting(after, resolver)):
        return found[0], "said-after", found[1]  # round 18
    if not ends_with_colon and "что" in own_before[-200:] and (person := _ru_said_that_where(own_before, resolver)):
        return person, "said-that", 0  # round 18: "Экономист X Y в комментарии KazTAG отметил, что «…»"
    if not ends_with_colon and ", " in own_before[-BEFORE_WINDOW:] and not _title_case(quoted) \
            and (person := _en_aside_speaker(own_before, text[:para_start], resolver)):
        return person, "as-said", 0  # round 20: "…, as the president put it in Baku, regards it as “…”"
    if not ends_with_colon and ", who " in own_before and not _title_case(quoted) \
            and (person := _en_who_said_partial(own_before, after, text[:para_start], resolver)):
        return person, "said-that", 0  # round 21: "Erhurman, who has said he wants ties to be “…”, struck …"
    if not ends_with_colon and ", who " in own_before and not _title_case(quoted) \
            and (person := _en_who_said_in_clause(own_before, after, text, para_start, resolver)):
        return person, "said-that", 0  # round 28: "… as leader X Y, who has warned that it is “…,” prepared to …"
    if ends_with_colon and (person := _tr_participle_colon(tail, resolver)) is not None:
        return person, "subject-colon", 0  # round 24: 'Tokayev ile görüşen Erdoğan, … şunları söyledi: "…"'
    if _tr_expert_gate(own_before) \
            and (found := _tr_expert_named_before(text[:para_start], own_before, after, resolver)) is not None:
        return found[0], "verb-final", found[1]  # round 24: 'Ekonomist, … "…" dedi.' after "ekonomist Doç. Dr. X Y"
    if own_before.strip() and _tr_described_expert_gate(own_before[-60:]) \
            and (found := _tr_described_expert_verb_final(own_before, after, text[:para_start] + own_before, resolver)):
        return found[0], "verb-final", found[1]  # round 53 (quotestr): 'Genç akademisyen, "…" diyor.'
    if "göre" in own_before and (person := _tr_participle_according(own_before, resolver)) is not None:
        return person, "according-to", 0  # round 24: 'AA'ya konuşan Prof. Dr. X Y'ye göre, "…"'
    if not ends_with_colon and ", who " in own_before and not _title_case(quoted) \
            and (person := _en_object_who_said(own_before, resolver)):
        return person, "said-that", 0  # round 33: "… was received by X Y, who said the project would “…”"
    if not ends_with_colon and (" that " in own_before or " which " in own_before) and not _title_case(quoted) \
            and (person := _en_which_name_said_is(own_before, resolver)):
        return person, "said-that", 0  # round 33: "…, a goal that X said remained “…”"
    if not ends_with_colon and (", which " in own_before or ", who" in own_before) and not _title_case(quoted) \
            and (person := _en_subject_past_appositive_relative(own_before, resolver, text[:para_start])):
        return person, "said-that", 0  # round 33: "X Y, board member of Z, which …, called Uzbekistan “…”"
    if ends_with_colon and any(word in tail for word in _TR_OFFICE_GATE) \
            and (person := _tr_bare_title_colon(tail, text[:para_start] + own_before, resolver)):
        return person, "subject-colon", 0  # round 53 (quotestr): 'Büyükşehir belediye başkanı şöyle konuştu:'
    if ends_with_colon and _tr_described_expert_gate(tail) \
            and (person := _tr_described_expert_colon(tail, text[:para_start] + own_before, resolver)):
        return person, "subject-colon", 0  # round 53 (quotestr): 'Genç akademisyen şöyle ekliyor:'
    if ends_with_colon and before[-1:] in ": \n" and (person := _en_surname_colon(before, text[:para_start], resolver)):
        return person, "subject-colon", 0  # round 33: "Mr. Ibraev was more cautious: “…”"
    if not ends_with_colon and "n what " in own_before and (person := _en_in_what_name_called(own_before, resolver)):
        return person, "said-that", 0  # round 33: "In what X called “…”, Hungary signed …"
    if not ends_with_colon and own_before.strip() and not _title_case(quoted) \
            and (person := _en_partial_ending_sentence(own_before, after, text[:para_start], resolver)):
        return person, "said-that", 0  # round 37 (English quotes A)
    if not ends_with_colon and ", who " in own_before and not _title_case(quoted) \
            and (person := _en_titled_object_who_said(own_before, resolver)):
        return person, "said-that", 0  # round 38 (English quotes): "… met President X Y, who urged … “…”"
    if not ends_with_colon and own_before.strip() and not _title_case(quoted) \
            and (person := _en_surname_named_in_paragraph(own_before, after, text[:para_start], resolver)):
        return person, "said-that", 0  # round 38 (English quotes): "X Y spoke …. Y, according to …, warned that “…”"
    if not ends_with_colon and own_before.strip() and not _title_case(quoted) \
            and (person := _en_partial_after_asides_and_opinions(own_before, after, text[:para_start], resolver)):
        return person, "said-that", 0  # round 39 (English quotes A): "described X, in which …, as “…”", "a figure he called"
    if not ends_with_colon and own_before.strip() and not _title_case(quoted) \
            and (person := _en_partial_others_naming_aside(own_before, after, text[:para_start], resolver)):
        return person, "said-that", 0  # round 39 (English quotes C): "described X, which critics called “…”, as"
    if not ends_with_colon and own_before.strip() and not _title_case(quoted) \
            and (person := _en_partial_after_naming_forms(own_before, after, text[:para_start], resolver)):
        return person, "said-that", 0  # round 40 (English quotes A): "as entering “…”", "spoke of", "… and described"
    return None, "unattributed", 0


# Round 16b: a colon sentence whose object is someone's words ("Aliyev recalled Erdogan's words:", "Tokayev quoted
# the Turkish leader's famous phrase:", "read out Mirziyoyev's message:"): the quote is that other person's, so its
# subject is no speaker
_WORDS_OF = re.compile(r"(?P<owner>(?:[\w\-]+\s+){0,3}[\w\-]+)['’]s\s+(?:[a-z][\w\-]*\s+){0,2}"
                       r"(?:words|remarks|statement|message|phrase|saying|quote|letter|appeal|address|speech|post|tweet)\b")


def _en_words_of_another(rest: str, resolver: Resolver) -> bool:
    """Does the rest of an English colon sentence after its subject name someone's words ("recalled Erdogan's
    words")? (Turkish, Azerbaijani and Russian: _local_words_of_another, asked of the whole sentence.)"""
    m = _WORDS_OF.search(rest)
    if m is None:
        return False
    # "his father's words", "his predecessor's message": someone of the subject's, not he
    return bool(re.search(r"\b(?:his|her|their)\s+\w+$", m["owner"])) or _names_someone(m["owner"], resolver)


_COLON_OTHER_WORDS = tuple(dict.fromkeys(re.split(r"[\[ ]", verb)[0] for verb in COLON_VERBS.split("|")))


_POSSESSIVE = re.compile(r"['’]s\b")


def _names_someone(words: str, resolver: Resolver) -> bool:
    """Do `words` name a person ("Erdoğan's words", "the Turkish president")? Asked without making
    anyone the last speaker."""
    if " crossing" in words or " checkpoint" in words or " terminal" in words or " port" in words:
        words = _PLACE_BEFORE_ITS_KIND.sub(" ", words)  # round 49: "the Zhibek Zholy crossing point" (a cheap gate)
    return resolver.resolve(_POSSESSIVE.sub("", words), speaking=False) is not None


# Round 49 (English quotes): a place's name before a lower-case word of its kind ("at the Zhibek Zholy crossing point",
# "the Dostyk checkpoint", "the Alat port") names no one, though its two capitalised words read as a person's name
_PLACE_BEFORE_ITS_KIND = re.compile(rf"(?<!\S)(?:[{CAPITALS}][\w\-]+\s+){{1,3}}"  # (no possessive: "Aliyev's port")
                                    r"(?=(?:border\s+)?(?:crossing|checkpoint|terminal|port)\b)")


def _title_case(quoted: str) -> bool:
    """Is it a name in quote marks ("the “Trans-Caspian International Transport Route”"), every word
    longer than three letters capitalised? A partial quote of speech holds lower-case words."""
    long_words = [w for w in _WORD.findall(quoted) if len(w) > 3 and w[0].isalpha()]  # not "2030"
    return bool(long_words) and all(w[0].isupper() for w in long_words)


# Round 15: a capitalised run ending in a case suffix after an apostrophe ("Türkiye-Kırgızistan İş Forumu'nda konuşan
# …") is a place or a body the sentence is at, no unlisted person beside its subject
_TR_CASE_SUFFIX = re.compile(r"['’][a-zçğıöşü]+$")

# Round 58 (quotesaztr58): a body's name in the nominative, its noun last with the possessive ("Toplu Konut İdaresi
# (TOKİ) projesinin şantiyesini ziyaret eden Bakan Kurum, … şunları söyledi:", "Dövlət Gömrük Komitəsi"), or a run
# before its acronym in brackets, is no second person beside the sentence's subject
_TR_AZ_BODY_NOUNS = (
    r"(?:idaresi|idarəsi|kurumu|başkanlığı|bakanlığı|müdürlüğü|merkezi|mərkəzi|ajansı|agentliyi|birliği|birliyi|"
    r"odası|palatası|fonu|fondu|vakfı|derneği|konseyi|şurası|şirketi|şirkəti|bankası|bankı|üniversitesi|universiteti|"
    r"enstitüsü|institutu|komitesi|komitəsi|nazirliyi|xidməti|teşkilatı|təşkilatı|assosiasiyası|kurulu|komisyonu|"
    r"komissiyası)")
_TR_AZ_BODY_RUN = re.compile(rf"\s(?i:{_TR_AZ_BODY_NOUNS})$")
_BEFORE_ACRONYM = re.compile(r"\s*\([A-ZÇĞİÖŞÜƏ]{2,}\)")
# (the first half of a body's name with "and", "Türk İşbirliği ve Koordinasyon Ajansı Başkanlığı": a run of its own)
_BEFORE_AND_BODY = re.compile(rf"\s+(?:ve|və)\s+(?:[A-ZÇĞİÖŞÜƏ][\w'’\-]*\s+){{1,4}}?(?i:{_TR_AZ_BODY_NOUNS})\b")


def _tr_body_run(clause: str, run: str) -> bool:
    """Is `run` (a capitalised run of `clause`) a body's name: its last word a body's noun, or an acronym after it?"""
    if _TR_AZ_BODY_RUN.search(run):
        return True
    if (at := clause.find(run)) < 0:
        return False
    end = at + len(run)
    return ("(" in clause and _BEFORE_ACRONYM.match(clause, end) is not None) \
        or (" v" in clause[end:end + 4] and _BEFORE_AND_BODY.match(clause, end) is not None)


def _colon_subject(tail: str, resolver: Resolver) -> Person | None:
    """Who speaks after 'Turkish President Erdoğan praised Hungary's role:' (an English verb of
    COLON_VERBS, its object naming nobody) or after a Turkish 'X … şunları söyledi:' (the sentence
    names one person)."""
    if any(verb in tail for verb in _COLON_OTHER_WORDS):
        start = max(tail.rfind(ch, 0, tail.rstrip().rfind(":")) for ch in ':.!?“”"') + 1
        m = BEFORE_COLON_OTHER.search(tail, start)
        if m and not (m["rest"] and _names_someone(m["rest"], resolver)):
            person = resolver.resolve(_speaker_phrase(m["spk"]))
            if person:
                return person
    if TR_COLON_VERB.search(tail):
        sentence = _SENTENCE_BREAK.split(tail.rstrip(" :,\n"))[-1]
        clause = without_turkic_outlet(_after_last_quote(sentence))  # (round 19)
        named = _tr_clause_people(clause, resolver)
        # round 72 (quotes72b): a partial quote inside the lead sentence, after its subject ('Türkmen Bakan X da …
        # projelere "açık ve yapıcı bir yaklaşım" sergilediğini belirterek, şunları kaydetti:', dev/1154): the clause
        # after the last mark names no one, so the sentence is read again with each quoted piece out
        if not named and _QUOTE_MARK.search(sentence) and not _TR_SAID_RIGHT_AFTER.match(_after_last_quote(sentence)):
            clause = without_turkic_outlet(_FULL_QUOTED.sub(" ", sentence))
            named = _tr_clause_people(clause, resolver)
        if len(named) == 1 and not _tr_oblique_run(clause, run := next(iter(named.values()))):  # (round 24)
            return resolver.resolve(run)  # that person, not the first two-word run _clause_subject would take
        if not named and (m := _TR_OPENING_TITLE.match(clause)):  # round 15: "Türkmen lider, zirvede şunları söyledi:"
            return resolver.resolve(m[1])
    return None


# (round 72: a quote said by its own verb right after it, '"…" dedi ve bir yetkili şunları ekledi:', is a whole
# utterance whose subject the colon does not share; only a quoted piece inside the clause is read past)
_TR_SAID_RIGHT_AFTER = re.compile(r"\s*[,.]?\s*(?:dedi|diye|diyen|dediği|demişti|demiş)\b")


def _tr_clause_people(clause: str, resolver: Resolver) -> dict[str, str]:
    """The people a Turkish clause names (name: its run), no unlisted run that is a declined word or a body's name."""
    return {p.name: run for run in _capital_runs(clause) if (p := resolver.resolve(run, speaking=False))
            and not (p.rule == "unlisted name" and (_TR_CASE_SUFFIX.search(p.name) or _tr_body_run(clause, run)))}


# Round 21: the words of a quote earlier in the clause name no speaker ('“Tacikistan, Orta Asya'da … bir pazar,” diyen
# Bolat, şöyle devam etti: “…”': "Orta Asya" is no second person beside Bolat); the clause is read after its last mark
_QUOTE_CLOSERS = "”»\"“"


# Round 77 (column77): the object of the verb after the next quote between the two, after the participle's subject
# ('"…," diyen Cumhurbaşkanı, Hazar'dan geçen Orta Koridor'u "…" diye tarif etmişti.', dev/1212; '"…" diyen Bakan,
# limanı "…" diye nitelendirdi'): a comma, then words that end no sentence and open no other quote
_TR_OBJECT_BETWEEN = re.compile(r"\s*,\s+(?P<words>[^.!?:;\"“”«»]{1,80}?)\s*$")


def _tr_object_between(gap: str, resolver: Resolver) -> bool:
    """Is `gap` (between a participle's speaker and the next quote) an object naming no one?"""
    if (m := _TR_OBJECT_BETWEEN.fullmatch(gap)) is None:
        return False
    return not any(resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", run), speaking=False) is not None
                   for run in _capital_runs(m["words"]))


def _after_last_quote(clause: str) -> str:
    return clause[max(clause.rfind(mark) for mark in _QUOTE_CLOSERS) + 1:]


# Round 15: a Turkish sentence naming nobody that opens with a demonym and a lower-case title before a comma
_TR_OPENING_TITLE = re.compile(r"\s*([A-ZÇĞİÖŞÜ][a-zçğıöşü]+\s+(?:lider|cumhurbaşkanı|bakan|başbakan))\s*,")


# Round 44 (English quotes): a sentence's second predicate reports the speech, "He welcomes the new terminals, but warns
# that without … “…”", "X recalled the goal of …, and said the private sector was “…”": the subject of both verbs
# speaks (a present or past verb after him, no clause of its own between: no "who"/"which", no quote mark, no sentence
# break)
_EN_SECOND_PREDICATE_THAT = re.compile(
    rf"(?P<spk>He|She|[Tt]he\s+(?:[\w\-]+\s+){{0,6}}?[\w\-]+"
    rf"|[{_EN_CAPITALS}][\w'’\-]+(?:\s+[{_EN_CAPITALS}][\w'’\-]+){{0,3}})"
    r"\s+(?:also\s+)?[a-z]+(?:s|ed)\b(?:(?!\b(?:who|which|whom|whose)\b)[^.;:!?“”\"«»„]){0,150}?,?\s+"
    r"(?:and|but)\s+"
    rf"(?:also\s+)?(?:{VERBS})(?:\s+that)?\b")


# Round 54 (quotesother): someone named after "with" in the reported clause is whom the speaker met or talked with, no
# other speaker: 'X told reporters that the meeting with Gafarova had been "…"' (still X's words)
_EN_WITH_NAME = re.compile(rf"\bwith\s+(?:the\s+)?[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*)*")
# Round 64 (quotesen64): the agent of a participle on a noun, "the goal set by Prime Minister X and President Y"
# (dev/1061), "the target set by Presidents X and Y" (dev/1055), "the roadmap drawn up by Z": the people named there
# made the thing talked of, and are no speakers of the reported clause (_reported_subject: "X added that the goal set
# by Y was “…”") nor of the sentence before "In his words" (_according_speaker). Not a passive's agent ("he was
# received by X", after an auxiliary) nor one after a comma ("X, received by Y, said"): the participle follows a
# lower-case noun. A naming participle's object stays another's ("calling the goal set by X “…”", round 29).
_EN_AGENT_PHRASE = re.compile(
    r"(?<=[a-z] )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bhas )(?<!\bhad )"
    r"(?:[a-z]+ed|set|made|given|drawn\s+up|laid\s+down|put\s+forward|won|backed)(?:\s+(?:jointly|earlier|out))?"
    rf"\s+by\s+(?:the\s+)?[{CAPITALS}][\w'’\-]*(?:(?:\s+|\s+and\s+|,\s+)[{CAPITALS}][\w'’\-]*)*")


def _en_without_bystanders(words: str) -> str:
    """`words` with the people named as whom the speaker met ("with X", round 54) or as the agent of a participle on
    a noun ("the goal set by X and Y", round 64) blanked: named there, they speak none of the reported clause."""
    if " with " in words:
        words = _EN_WITH_NAME.sub(" ", words)
    if " by " in words:
        words = _EN_AGENT_PHRASE.sub(" ", words)
    return words


def _reported_subject(before: str, resolver: Resolver, earlier: str = "") -> Person | None:
    """The speaker of a partial quote that ends a sentence of reported speech: 'The Uzbek leader noted
    that trade rose …, "but this is far below our real potential."' (in its paragraph, the sentence
    not ended before the quote). Not when the words after "that"
    name someone or hold a speech word ("… that Erdoğan's call for “…”", "… that, as he put it, “…”")."""
    sentence = _QUOTE_SENTENCE_BREAK.split(before)[-1]
    # (round 44: the second predicate first, "X recalled that …, and said …" reports its speech last)
    m = _EN_SECOND_PREDICATE_THAT.match(sentence) or INDIRECT.search(sentence)
    if not m:
        return None
    rest = sentence[m.end():]
    if rest.rstrip()[-1:] in (".", "!", "?", "…"):  # the reported sentence ended: the quote is a sentence of its own
        return None
    if any(ch in rest for ch in "“”\"«»„") or _SPEECH_WORD.search(rest) \
            or _names_someone(_en_without_bystanders(rest), resolver):
        return None
    if earlier and m["spk"][:4] in ("The ", "the ") and _EN_BODY_TITLE.fullmatch(m["spk"]):
        return _surname_speaker(m["spk"], earlier, resolver)  # round 44: "The TOBB President recalled that …"
    return resolver.resolve(_speaker_phrase(m["spk"]))


# Round 17: a ministry's two portfolios before a capitalised title, "Energy and Natural Resources Minister X Y said …",
# "Foreign and European Affairs Minister X Y": SUBJECT's name run takes no "and" (that would join two people, "Aliyev
# and Erdogan said"), so the subject is read after the first portfolio; only a portfolio word opens it, never a name
_PORTFOLIOS = (r"Energy|Economy|Trade|Foreign|Transport|Agriculture|Industry|Finance|Culture|Science|Education|Health|"
               r"Labou?r|Digital|Environment|Defen[cs]e|Justice|Interior|Infrastructure|Development|Investment|Commerce|"
               r"Tourism|Youth|Communications?|Water|Emergency|Emergencies|Innovation|Technology|Ecology|Construction")
_PORTFOLIO_AND = re.compile(rf"(?:[{CAPITALS}][\w\-]*(?:['’]s)?\s+)?(?:{_PORTFOLIOS})\s+and\s+(?=(?:[{CAPITALS}][\w\-]*\s+){{0,3}}(?:Minister|Secretary)\s)")


# Round 56 (quotes, other): an opening phrase, then a link word of its own between commas, before the subject ("Until
# the freight flows catch up, however, Nasibli thinks …", "For now, however, she believes …"): SUBJECT's own opening
# holds one comma only
_EN_OPENING_THEN_LINK = re.compile(rf"[{CAPITALS}][^,“”\"«»„:;]{{0,90}},\s+(?:however|though|nevertheless|"
                                   r"nonetheless|moreover|what is more),\s+")


def _subject(sentence: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    """The person a sentence is about, when it opens with them (SUBJECT), and the match (verb, aside)."""
    m = SUBJECT.match(sentence) or _NAME_TITLE_APPOSITIVE.match(sentence)
    if m is None and (sentence[1:2].isupper() or sentence[:1].isdigit()) and (dateline := _EN_DATELINE.match(sentence)):
        m = SUBJECT.match(sentence, dateline.end())  # round 31: "ASTANA, May 11 (Reuters) - X said …" (in place)
    if m is None and "**" in sentence[:8] and (label := bold_label_end(sentence)):
        m = SUBJECT.match(sentence, label)  # round 77 (brief77, dev/1206): "• **Hungary–Kazakhstan:** X used …"
    if m is None and " and " in sentence[:40] and (portfolio := _PORTFOLIO_AND.match(sentence)):
        m = SUBJECT.match(sentence, portfolio.end())  # round 17 (in place: the callers' offsets stay the sentence's)
    if ", " in sentence[:100] and (opening := _EN_OPENING_THEN_LINK.match(sentence)) \
            and (m is None or m.start("spk") < opening.end()) and (later := SUBJECT.match(sentence, opening.end())):
        m = later  # round 56: "Until …, however, X thinks …" (in place: the callers' offsets stay the sentence's)
    if m and sentence[:1] in _SUBORDINATOR_INITIALS and m["spk"].split(None, 1)[0] in _SUBORDINATORS:
        return None  # round 16: "As Aliyev arrived, the crowd chanted:" is no sentence about Aliyev
    if m and "А" <= sentence[:1] <= "Я" and (opening := _ru_after_opening(sentence)):
        m = SUBJECT.match(opening[0], opening[1])  # round 18: "Отдельно он поблагодарил …:", "Затем Алиев …"
    if m and sentence[:1] == "Г" and (head := _ru_head_subject(sentence, resolver)) and head[1].start() == 0:
        return head  # round 18: "Глава государства, в частности, отметил: «…»" (SUBJECT reads "государства" a verb)
    if m and sentence[:1] == "Л" and sentence.startswith("Лидер нации"):
        # round 66 (quotes66): the honorific whole, its head of state or nobody; "Лидер" alone is no anaphor here
        return head if (head := _ru_head_subject(sentence, resolver)) and head[1].start() == 0 else None
    person = resolver.resolve(_speaker_phrase(m["spk"]), speaking=False) if m else None
    if person is None and (" of " in sentence or " at " in sentence) and (m2 := _en_subject_past_body_name(sentence)):
        m = m2  # round 32: "Economist X Y of the Centre for A and B believes …", "… Dr X Y of Z University said …"
        person = resolver.resolve(_speaker_phrase(m["spk"]), speaking=False)
    if person and m.start("spk") and (opening := _name_opening(sentence[:m.start("spk")], resolver)) \
            and opening.name != person.name:
        return None  # round 13 (a name alone before the comma is the subject: "Bolat, … Cabbarov ile …")
    if person is None and (m := _TITLE_NAME_APPOSITIVE.match(sentence)):  # round 13 ("The head" is no subject)
        person = resolver.resolve(_speaker_phrase(m["spk"]), speaking=False)
    if person is None and sentence[:1] in "AOY" and (m := _EN_DESCRIPTOR_NAME_OF.match(sentence)):
        person = resolver.resolve(m["spk"], speaking=False)  # round 31: "Another analyst, X Y of the …, told …"
    if person is None and sentence[:1] in _SCENE_INITIALS and (opening := _SCENE_OPENING.match(sentence)):
        # round 16b: a scene before either appositive ("Speaking at the reception, Uzbekistan's ambassador to
        # Hungary, X Y, said:", "On Tuesday, X Y, Uzbekistan's ambassador …, said:"); matched in place, so the
        # callers' offsets stay the sentence's
        m = (_NAME_TITLE_APPOSITIVE.match(sentence, opening.end())
             or _TITLE_NAME_APPOSITIVE.match(sentence, opening.end()))
        person = resolver.resolve(_speaker_phrase(m["spk"]), speaking=False) if m else None
    if person is None and sentence[:1] in _SCENE_INITIALS and (scene := _en_scene_without_comma_subject(sentence,
                                                                                                         resolver)):
        person, m = scene  # round 71 (quotes71a): "At his Budapest talks X said …" (no comma after the scene)
    return (person, m) if person else None


# Round 71 (quotes71a): a short scene opening with no comma before the subject ("At his Budapest talks Berdimuhamedow
# said Turkmenistan was “…”", dev/1134; "During the visit Tokayev told reporters …"): a preposition and a determiner,
# then the subject at the first capitalised word of the next few from which SUBJECT reads a person (the scene's own
# capitals, "Budapest talks", being no one's name)
_EN_SCENE_WITHOUT_COMMA = re.compile(r"(?:In|At|During|After|On|Following)\s+(?:his|her|their|the|a|an|this|that)\s+"
                                     r"(?P<scene>(?:[\w\-]+\s+){1,5})")
_EN_CAPITALISED_WORD_START = re.compile(rf"(?<!\S)[{_EN_CAPITALS}]")


def _en_scene_without_comma_subject(sentence: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    """The person SUBJECT reads at a capitalised word of a comma-less scene opening (_EN_SCENE_WITHOUT_COMMA), with its
    match, else None."""
    if not (scene := _EN_SCENE_WITHOUT_COMMA.match(sentence)) or "," in scene["scene"]:
        return None
    for word in _EN_CAPITALISED_WORD_START.finditer(sentence, scene.start("scene"), scene.end()):
        if (m := SUBJECT.match(sentence, word.start())) and m.start("spk") == word.start() \
                and (person := resolver.resolve(_speaker_phrase(m["spk"]), speaking=False)):
            return person, m
    return None


# Round 54 (quotesother): an analysis's paragraph ending in a named person's reported speech ("Others are more hopeful.
# X Y, a Turkmen-born economist who advises …, argues that the gas question has moved …") before a quote paragraph
# with no attribution of its own (maybe running over paragraphs): the quote goes on that person's argument. Only the
# verbs of an argument (a feature's present mostly), and not under the headline: "Aliyev noted that trade grew." as
# the headline over a whole quote is no lead of his (test_round5_quotes)
_EN_LEAD_SPEECH_VERBS = frozenset({"argues", "argued", "says", "believes", "insists", "warns", "contends", "maintains",
                                   "thinks"})
_EN_LEAD_SPEECH_VERB = re.compile(rf"\s(?:{'|'.join(_EN_LEAD_SPEECH_VERBS)})\s")


def _en_reported_lead_subject(lead: str, words: str, resolver: Resolver) -> Person | None:
    if not lead or not _EN_LEAD_SPEECH_VERB.search(lead) or _QUOTE_MARK.search(lead) \
            or not words[:1].isupper() or _title_case(words):  # (cheap gates first: an English paragraph of speech)
        return None
    sentence = _QUOTE_SENTENCE_BREAK.split(lead.strip())[-1]
    if not sentence.endswith(".") or (subject := _subject(sentence, resolver)) is None \
            or subject[1]["verb"] not in _EN_LEAD_SPEECH_VERBS:
        return None
    return resolver.resolve(subject[0].name)


def _previous_paragraph(text: str, paras, para_start: int) -> str:
    """The paragraph before the one starting at `para_start` ("" for the first): a quote that opens its
    paragraph with "he" means who the running text before it was about ("Erdogan, who …, repeated his
    call for …" / "“…,” he told the leaders")."""
    index = next((i for i, (a, _) in enumerate(paras) if a == para_start), 0)
    return text[paras[index - 1][0]:paras[index - 1][1]] if index else ""


def _before_previous_paragraph(text: str, paras, para_start: int) -> str:
    """The article before the paragraph _previous_paragraph gives ("" for the first paragraph or none before it)."""
    index = next((i for i, (a, _) in enumerate(paras) if a == para_start), 0)
    return text[:paras[index - 1][0]] if index else ""


def _colon_lead_anaphor(text: str, paras, para_start: int) -> bool:
    """Does the paragraph before a quote that opens its own paragraph end in a colon after a pronoun or
    bare title ("… . He said …, and added:")?"""
    lead = _previous_paragraph(text, paras, para_start).rstrip()
    return lead.endswith(":") and _ANAPHOR.search(lead, max(0, len(lead) - BEFORE_WINDOW)) is not None


# Round 47 (English quotes): before anyone spoke, a sentence whose subject is a bare English title ("Speaking to
# reporters at the refinery gate, the minister was blunter. “…,” he said"): the title means the one holder the article
# named (Resolver: "the minister" is the one minister named), and "he" after it means him; once someone spoke the
# title's anaphor is the last speaker already, so only the first speaker is made so
_EN_BARE_TITLE_SUBJECT = re.compile(r"(?i:the)\s+[a-z][a-z\s\-]*$")


# Round 56 (quotes, other): the pronoun of an aside early in a long sentence the quote ends ("Turnover, she said, could
# double within three years if …, adding that the partnership “…”"): farther from the quote than the 120 characters
# find_quotes looks at, it still needs the paragraph's subjects ("X Y, a trade economist …, believes …" before it)
_EN_PRONOUN_ASIDE = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|adds|noted|notes|argued|argues|believes|thinks),")


def _en_pronoun_aside_in_quote_sentence(before: str) -> bool:
    """Does the sentence `before` ends in (the quote's own) hold a pronoun's aside, ", she said,"?"""
    return _EN_PRONOUN_ASIDE.search(_QUOTE_SENTENCE_BREAK.split(before[-400:])[-1]) is not None


def _paragraph_subjects(own_before: str, resolver: Resolver, earlier: str = "") -> None:
    """'Erdogan, who …, used his speech to criticize … . “…,” he said': each sentence of the quote's
    paragraph before it that opens with a person makes them the one "he" means (only running text: a
    quote before it in the paragraph has its own speaker). `earlier`: the article before the paragraph, where a
    surname alone opening a sentence may have been named in full (round 33, _en_surname_opening_subject)."""
    if _QUOTE_MARK.search(own_before) and _QUOTE_MARK.search(unquoted := _unquote_terms(own_before)) is None:
        own_before = unquoted  # round 13: a quoted term is no quote ("… described the crossing as the “bottleneck”.")
    if _QUOTE_MARK.search(own_before):  # round 10: the running text after the last quote's attribution
        own_before = _after_last_attribution(own_before)
    if not own_before.strip() or _QUOTE_MARK.search(own_before):
        return
    for sentence in _QUOTE_SENTENCE_BREAK.split(own_before.strip()):
        if sentence[:1] in "AO" and _indefinite_subject(sentence, resolver):  # round 12: "A diplomat who …"
            continue
        found = _subject(sentence, resolver)
        if found and earlier and _en_surname_names_another(found, earlier) \
                and _surname_subject_named_before(sentence, earlier, resolver):
            found = _subject(sentence, resolver)  # round 34 (English quotes A): the article's own bearer of the surname
        if found and found[0].rule != "anaphor":
            resolver.resolve(_speaker_phrase(found[1]["spk"]))
        elif found and resolver.last_speaker is None and _EN_BARE_TITLE_SUBJECT.match(_speaker_phrase(found[1]["spk"])):
            resolver.resolve(_speaker_phrase(found[1]["spk"]))  # round 47: "…, the minister was blunter. “…,” he said"
        elif found is None and "." in sentence and _RU_INITIAL_BEFORE_NAME.search(sentence) \
                and (bare := _subject(_RU_INITIAL_BEFORE_NAME.sub("", sentence), resolver)) \
                and bare[0].rule != "anaphor" and initials_fit(sentence, bare[0]):
            resolver.resolve(_speaker_phrase(bare[1]["spk"]))  # round 56 (quotesru56): "Дж.Байрамов отметил …"
        elif found is None and "А" <= sentence[:1] <= "Я" and (gerund := _RU_GERUND_OPENING.match(sentence)) \
                and (later := _subject(sentence[gerund.end()].upper() + sentence[gerund.end() + 1:], resolver)) \
                and later[0].rule != "anaphor":
            # round 56 (quotesru56): "Приветствуя гостя, глава Узбекистана выразил …. «…», — подчеркнул он."
            resolver.resolve(_speaker_phrase(later[1]["spk"]))
        elif found is None and sentence[:1] in _SUBORDINATOR_INITIALS and (person := _subordinate_subject(sentence, resolver)):
            resolver.resolve(person)  # round 26: "When X Y landed in Tashkent, it was his third trip. … “…,” he said"
        elif found is None and " by " in sentence and (agent := _EN_RECEIVED_BY.search(sentence)):
            resolver.resolve(agent["spk"])  # round 26: "…, where he was received by X Y, …. He called …"
        elif found is None and ", but " in sentence and _en_but_clause_subject(sentence, resolver):
            pass  # round 31: "The two ministers referred to …, but X avoided naming a date. “…,” he said"
        elif found is None and sentence.startswith("According to ") and _en_according_subject(sentence, resolver):
            pass  # round 31: "According to X, trade could double. “…,” he said"
        elif found is None and sentence[:4] == "The " and (titled := _EN_THE_TITLE_OPENING.match(sentence)):
            resolver.resolve(titled["spk"])  # round 32: "The Senate chairwoman stressed …. She called X “…”"
        elif found is None and " head of " in sentence[:40] \
                and (premier := _EN_THE_STATE_HEAD_OF_GOVERNMENT_OPENING.match(sentence)):
            resolver.resolve(premier["spk"])  # round 64: "The Kyrgyz head of government struck a warm tone. “…”"
        elif found is None and earlier and sentence[:1].isupper() and _en_surname_opening_subject(sentence, earlier,
                                                                                                  resolver):
            pass  # round 33: "X was careful. “…,” he said", X named in full before behind a lower-case title
        elif found is None and sentence[:1] in _EN_SCENE_NO_COMMA_INITIALS \
                and _en_scene_no_comma_subject(sentence, resolver):
            pass  # round 39 (English quotes B): "At a press conference in the evening X rejected …. “…,” he said"
        elif found is None and sentence[:4] == "For " and (topic := _en_for_topic_opening(sentence, resolver)):
            resolver.resolve(topic)  # round 69: "For Japarov, the stakes are practical. “…,” he told reporters"
        elif found is None and ", wh" in sentence and (relative := _en_subject_past_relative(sentence, resolver)):
            resolver.resolve(relative)  # round 72 (quotes72b): "X Y, President of Z, who travelled …, said …"
        elif found is None and sentence[:1].isupper() and (newcomer := _en_sole_newcomer(sentence, resolver)):
            resolver.resolve(newcomer)  # round 34 (English quotes A): "The delegation included MP X Y, …. “…,” he said"
        elif found is None and sentence[:1].isupper():
            _en_relation_subject(sentence, resolver)  # round 18


# Round 69 (quotesen69): a sentence opening with the person it is about, "For X," then a judgement ("For Japarov, the
# stakes are practical. “…,” he told Kyrgyz reporters", dev/1121; "For President Y, the issue is …"): X is
# whom the "he" after it means, not the expert quoted before. A state or a body ("For Azerbaijan, …") is no one.
_EN_FOR_TOPIC_OPENING = re.compile(rf"For\s+(?P<spk>(?:the\s+)?[{CAPITALS}][\w'’\-]+"
                                   rf"(?:\s+[{CAPITALS}][\w'’\-]+){{0,3}}),\s")


def _en_for_topic_opening(sentence: str, resolver: Resolver) -> str:
    """The name of a sentence's "For X," opening when it names a person the article knows, else ""."""
    if (m := _EN_FOR_TOPIC_OPENING.match(sentence)) is None:
        return ""
    person = resolver.resolve(m["spk"], speaking=False)
    return m["spk"] if person is not None and person.rule != "anaphor" else ""


# Round 42: a reported clause whose subject is the speaker himself and whose verb is a deed, no saying ("X said he had
# invited Y to Ganja in September, “so that the protocol does not gather dust”"): the person it names is the deed's
# object, and the words after its comma are the speaker's own (his purpose), not Y's. Not when the clause holds a
# word of speech, a relative clause or quote marks ("he had asked Y, who called it “…”"), nor a pronoun other than
# he/she ("they had invited …" may be the others' account).
_EN_OWN_DEED_CLAUSE = re.compile(r"\s*(?:that\s+)?(?P<pronoun>he|she)\s+(?:(?:had|has)\s+(?:also\s+|already\s+)?"
                                 r"[a-z]+(?:ed|en|t)|(?:would|will)\s+(?:also\s+)?[a-z]+)\s+[^,]{3,120},\s*$")


def _en_own_deed_pronoun(rest: str) -> str | None:
    """The pronoun ("he", "she") of `rest` (the words between "said" and a quote) when it is "he had <done> … ," with
    no saying in it, else None (the caller checks the pronoun against the speaker's sex: "X Guliyev said she had …" is
    someone else's deed)."""
    m = _EN_OWN_DEED_CLAUSE.match(rest)
    if m is None or _SPEECH_WORD.search(rest) or _RELATIVE.search(rest) or _QUOTE_MARK.search(rest):
        return None
    return m["pronoun"]


def _plain_object(rest: str, resolver: Resolver) -> bool:
    """Is the rest of a sentence after its verb free of other speakers: no quote marks, no relative
    clause (whose subject may be someone else), no person named ("praised Erdoğan's words"), and not
    ending in "so-called" (the quote is a term)?"""
    return not (_QUOTE_MARK.search(rest) or _RELATIVE.search(rest) or _TERM_MARKER.search(rest)
                or _names_someone(rest, resolver))


_SHORT_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„]{1,40})[”\"»“]")
_FULL_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]")  # round 45: any quote in the rest, its words read as none


def _unquote_terms(rest: str) -> str:
    """'Aliyev spoke about transport and a “new geography” for the region:': a term of fewer than
    MIN_WORDS words in quote marks is no one's statement, so it takes nobody's voice from the subject."""
    return _SHORT_QUOTED.sub(lambda m: m[1] if _words(m[1]) < MIN_WORDS else m[0], rest)


def _subject_colon(before: str, resolver: Resolver) -> Person | None:
    """'Aliyev, in turn, described the visit as historic and spoke about the role …: “…”' / 'Али Асадов, в
    свою очередь, подчеркнул роль …: «…»': the subject of a sentence ending in a colon before the quote,
    whatever its verb, when the rest of the sentence names nobody."""
    body = before.rstrip()
    sentence = _QUOTE_SENTENCE_BREAK.split(body[:-1] if body.endswith(":") else body)[-1]
    found = _subject(sentence, resolver)
    if found is None and _QUOTE_MARK.search(sentence):  # round 9: a quoted term in the aside (_unquote_terms)
        sentence = _unquote_terms(sentence)
        found = _subject(sentence, resolver)
    rest = sentence[found[1].end("verb"):] if found else ""
    if found and found[1]["verb"] in _EN_BE and _EN_PASSIVE_TOLD.match(rest):
        return None  # round 18b: "Erdoğan was reportedly told: “…”" (but "Aliyev was blunt: “…”" is his)
    if found and len(rest) <= 200 and _plain_object(_unquote_terms(rest), resolver):
        return resolver.resolve(_speaker_phrase(found[1]["spk"]))
    return None

# Round 52 (quotes52b): a Russian naming sentence with its object put first and a pronoun subject after it ("Бишкек он
# назвал «…»", "Эту дорогу она называет «…»"): the object, a capitalised word and up to three more, then the pronoun
_RU_FRONTED_OBJECT_PRONOUN_NAMED = re.compile(r"(?P<obj>[А-ЯЁ][а-яё\-]+(?:\s+[а-яёА-ЯЁ\-]+){0,3})\s+(?P<pron>он|она)\s+"
                                              r"(?P<verb>назвал|назвала|называл|называла|называет|охарактеризовал|"
                                              r"охарактеризовала)(?=\s)")


def _subject_partial(own_before: str, resolver: Resolver, earlier: str = "") -> Person | None:
    """The subject of the sentence a partial quote ends, when the sentence reports speech: a speech verb
    and a bare clause ("Japarov said the organization had “…”", "Алиев заявил, что Азербайджан «…»"), any
    verb and a participle before the quote ("He recalled that …, saying “…”"), or a verb that names its
    object ("Meredov described the field as “…”", "called it “…”"); the rest naming nobody."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if sentence.rstrip()[-1:] in (".", "!", "?", "…"):  # the quote is a sentence of its own
        return None
    if sentence[:1].isdigit() and (stamp := _LIVE_STAMP.match(sentence)):
        sentence = sentence[stamp.end():].lstrip("–—- ")  # round 76 (live76): "18:20 — At the dinner, X raised …"
    if "." in sentence and (bare := _RU_INITIAL_BEFORE_NAME.sub("", sentence)) != sentence:
        # round 55 (quotesother55): "Президент Азербайджана И.Алиев отметил, что … «…»" read as without the initial,
        # which must then fit the one found
        person = _subject_partial(own_before[:len(own_before) - len(sentence)] + bare, resolver, earlier)
        return person if person is None or initials_fit(sentence, person) else None
    if "»" in sentence and " и " in sentence:
        sentence = _ru_second_partial(sentence)  # round 19: "X отметил, что «…», и добавил, что «…»"
    if (" он " in sentence or " она " in sentence) and (fronted := _RU_FRONTED_OBJECT_PRONOUN_NAMED.match(sentence)):
        # round 52 (quotes52b): "Бишкек он назвал «…»" read as "Он назвал Бишкек «…»"
        sentence = f"{fronted['pron'].capitalize()} {fronted['verb']} {fronted['obj']}{sentence[fronted.end():]}"
    if sentence.startswith("According to ") and (m := _ACCORDING_OPENING.match(sentence)):
        if not _according_source(m, resolver):
            person = _according_speaker(m, own_before[:len(own_before) - len(sentence)], resolver) \
                or _en_according_surname(m, earlier + own_before, resolver)  # round 35 (English quotes A)
            if person is not None or not _en_owned_source(m["spk"]):
                return person
        sentence = m["rest"]  # round 10: "According to the press service, the Uzbek leader said …"
    if sentence.startswith("In ") and (m := _IN_WORDS_OPENING.match(sentence)):  # round 9
        return _according_speaker(m, own_before[:len(own_before) - len(sentence)], resolver)
    if sentence.startswith("In the ") and (m := _EN_IN_THE_WORDS_OF_OPENING.match(sentence)):  # round 29
        return _according_speaker(m, own_before[:len(own_before) - len(sentence)], resolver)
    if ", in " in sentence and (m := _IN_WORDS_INSIDE.search(sentence)):  # round 12
        return _in_words_inside(m, sentence, resolver) \
            or _in_words_opening_paragraph(m, sentence, own_before, earlier, resolver) \
            or _in_words_paragraph_subject(m, sentence, own_before, earlier, resolver)  # round 61
    if _en_quoting(sentence) and (m := _QUOTED_AS_SAYING.search(sentence)):  # round 12
        if m["spk"] in _OBJECT_PRONOUNS and (own := _OWN_OFFICE.search(sentence, 0, m.start())):  # round 15
            return None if _names_someone(m["rest"], resolver) else resolver.resolve(own["spk"])
        return _quoted_as_saying(m, own_before[:len(own_before) - len(sentence)], resolver)
    if sentence[:1] in _EN_OPENING_MARKS and (short := _EN_SHORT_QUOTE_OPENING.match(sentence)) \
            and _words(short["quoted"]) < MIN_WORDS:
        sentence = sentence[short.end():]  # round 22: '“We are friends,” X said, adding that … “…”'
    if " which " in sentence or " that " in sentence or " what " in sentence:  # round 27: "…, which Orbán has called “…”"
        if (named := _EN_WHICH_NAME_CALLED.search(sentence)) and not _SPEECH_WORD.search(sentence, 0, named.start()) \
                and (person := resolver.resolve(named["spk"])):
            return person  # (not inside another's reported speech: "Aliyev noted that the deal, which X called “…”")
    if " called" in sentence and (named := _EN_ZERO_RELATIVE_CALLED.search(sentence)) \
            and not _SPEECH_WORD.search(sentence, 0, named.start()) and (person := resolver.resolve(named["spk"])):
        return person  # round 30: "… – a figure X has repeatedly called “…”"
    if (" he " in sentence or " she " in sentence) and (named := _EN_ZERO_RELATIVE_PRONOUN_CALLS.search(sentence)):
        return _en_pronoun_naming_subject(sentence[:named.start()], named["pronoun"], resolver)  # round 50
    found = _subject(sentence, resolver)
    if (found is None or _en_surname_names_another(found, earlier)) and earlier and sentence[:1].isupper() \
            and _surname_subject_named_before(sentence, earlier, resolver):
        found = _subject(sentence, resolver)  # round 17 (round 34: also over the table's namesake)
    if found is None and (opening := _SCENE_OPENING.match(sentence) or _EN_TIME_OPENING.match(sentence)):  # round 15
        sentence = sentence[opening.end():]
        found = _subject(sentence, resolver)
        if found is None and earlier and sentence[:1].isupper() \
                and _surname_subject_named_before(sentence, earlier, resolver):
            found = _subject(sentence, resolver)  # round 62 (quotesen62): "Addressing the … of …, X said … “…”"
    if found is None and sentence[:1] in _RU_SCENE_INITIALS and (scene := _RU_SCENE_OPENING.match(sentence)) \
            and (later := _subject(sentence[scene.end():], resolver)):
        sentence, found = sentence[scene.end():], later  # round 34: "По итогам заседания … X Y заявил, что …"
    if found is None and sentence[:1] in _RU_TIME_INITIALS and (time := _RU_TIME_OPENING.match(sentence)) \
            and (later := _subject(sentence[time.end():], resolver)):
        sentence, found = sentence[time.end():], later  # round 49 (quotes, local): "Ещё в августе 2024 года, … X Y"
    if found is None and "А" <= sentence[:1] <= "Я" and (chain := _RU_TITLE_CHAIN_SUBJECT.match(sentence)) \
            and not _RU_SOURCE_ASIDE.search(sentence, 0, chain.start("spk")) \
            and (later := _subject(own := chain["spk"] + " " + sentence[chain.start("verb"):], resolver)):
        sentence, found = own, later  # round 49 (quotes, local): "Узбекский сопредседатель …, министр … X Y, назвал"
    if found is None and sentence[:1] in _RU_SCENE_INITIALS \
            and (source := _ru_source_subject(sentence, own_before[:len(own_before) - len(sentence)]
                                              or earlier.rstrip().rsplit("\n", 1)[-1], resolver)):
        sentence, found = source  # round 38: "По информации Акорды, президент назвал …"
    if found is None and ", with " in sentence and (clause := _EN_WITH_CLAUSE.search(sentence)):  # round 22
        found = _with_participle_subject(sentence[clause.end():], resolver)
        sentence = sentence[clause.end():] if found else sentence
    if found is None and ", where " in sentence and (clause := _EN_WHERE_LOWER_SUBJECT.search(sentence)) \
            and (later := _subject(own := "the " + sentence[clause.end():], resolver)):
        sentence, found = own, later  # round 51 (quotes_gaps51): "…, where its chairman X Y called the port “…”"
    if found is None and (" which " in sentence or ", where " in sentence) \
            and (clause := _EN_WHICH_CAPITAL_SUBJECT.search(sentence)) \
            and (later := _subject(own := sentence[clause.end():], resolver)):
        sentence, found = own, later  # round 63 (quotesother63): "…, during which Tokayev described it as “…”"
    if found is None and ", где " in sentence and (clause := _RU_WHERE_SUBJECT.search(sentence)) \
            and (later := _subject(own := _clause_as_sentence(sentence[clause.end():]), resolver)):
        sentence, found = own, later  # round 51 (quotes_gaps51): "…, где председатель порта X Y назвал …"
    if found is None and (clause := _COORDINATED_CLAUSE.search(sentence)):  # round 9: ", and Mr Aliyev described …"
        sentence = sentence[clause.end():]
        found = _subject(sentence, resolver)
    elif (clause := _COORDINATED_CLAUSE_SUBJECT.search(sentence)) and not _QUOTE_MARK.search(sentence, clause.end()) \
            and (later := _own_clause_subject(own := _clause_as_sentence(sentence[clause.end():]), earlier,
                                              resolver)):
        # round 16: 'X called the deal “…”, but Aliyev said it was “…”', 'Aliyev met Tokayev, and the Kazakh leader
        # said …“…”': the quote ending the sentence is the subject's of its own clause, not of the sentence's first
        sentence, found = own, later
    elif found is not None and "; " in sentence and _EN_OTHERS_CLAUSE_AFTER_SEMICOLON.search(sentence):
        return None  # round 45: "X thinks the target is realistic; analysts call it “…”" is not X's
    if found is not None and (", and he " in sentence or ", and she " in sentence) \
            and (joined := _en_and_pronoun_clause(sentence, found, resolver)):
        sentence, found = joined  # round 34 (English quotes B): "X added that …, and he called Y “…”"
    if found is not None and "А" <= sentence[:1] <= "Я" and " " not in found[1]["spk"]:
        found = _ru_titled_subject(sentence, resolver) or found  # round 19: "Министр торговли Казахстана X Y заявил"
    if found is None:
        found = _ru_head_subject(sentence, resolver)  # round 11
    if found is None and ("ий " in sentence or "ый " in sentence):
        found = _ru_demonym_title_subject(sentence, resolver)  # round 24: "Турецкий министр назвал …"
    if found is None and sentence[:4] == "The " and (titled := _EN_THE_TITLE_VERB.match(sentence)) \
            and (person := resolver.resolve(titled["spk"], speaking=False)):
        found = (person, titled)  # round 48: "The Kyrgyz mayor said his town hoped to attract “…”"
    if found is None and sentence[:4] == "The " and (official := _EN_THE_STATES_OFFICIAL_VERB.match(sentence)) \
            and (person := resolver.resolve(official["spk"], speaking=False)):
        found = (person, official)  # round 49: "The Kyrgyz official pointed to … and said … “…”"
    if found is None and sentence[:1] in "HT" and (aside := _EN_KIN_APPOSITION_VERB.match(sentence)) \
            and (person := resolver.resolve(aside["spk"], speaking=False)) and person.rule != "anaphor":
        found = (person, aside)  # round 49: "His Turkmen counterpart, Foreign Minister X Y, described … as “…”"
    if found is None and "А" <= sentence[:1] <= "Я" and (gerund := _RU_GERUND_OPENING.match(sentence)):
        # round 44: "Выступая на форуме в Алматы, посол … X Y заявил, что …": the title after the gerund's clause
        sentence = sentence[gerund.end()].upper() + sentence[gerund.end() + 1:]
    if found is None and "А" <= sentence[:1] <= "Я" and (m := _RU_TITLED_SUBJECT.match(sentence)) \
            and (person := resolver.resolve(m["spk"], speaking=False)) is not None:
        found = (person, m)  # round 15: "Директор института Иван Сидоров напомнил, что …"
    if found is None and sentence[:1] in "АХГ" \
            and (named := _ru_region_head_named(sentence, earlier + own_before[:len(own_before) - len(sentence)],
                                                resolver)):
        sentence, found = named, _subject(named, resolver)  # round 43: "Хяким … велаята напомнил, что …"
    if found is None and sentence[:6] == "Глава " and (m := _RU_BARE_REGION_HEAD_SUBJECT.match(sentence)):
        # round 63 (quotesru63): "Глава области пообещал «…»", the one region head named before (read in the title's
        # place), else the last speaker when the text titled him a region's head (the resolver's anaphor)
        if head := ru_one_region_head_named(earlier + own_before):
            sentence = head + sentence[m.end("spk"):]
            found = _subject(sentence, resolver)
        elif (person := resolver.resolve(m["spk"], speaking=False)) is not None:
            found = (person, m)
    if found is None:
        return _ru_occupation_subject(sentence, resolver, own_before[:len(own_before) - len(sentence)])  # round 25
    m = found[1]
    rest, verb = sentence[m.end("verb"):], m["verb"].lower()
    if verb in _EN_PERFECT_AUXILIARIES and (perfect := _EN_PERFECT_PARTICIPLE.match(rest)):
        rest, verb = rest[perfect.end():], perfect["participle"]  # round 22: "Orbán has long described X as “…”"
    if "А" <= sentence[:1] <= "Я" and verb not in _AS_VERBS and _RU_NAMED_THING_END.search(rest):
        return None  # round 19: "… призвал прочитать доклад «Каспий: …»" names a report
    own_word = _WHAT_HE_CALLED.search(rest) if " what " in rest else None
    if own_word is None and " which " in rest:
        own_word = _EN_WHICH_HE_CALLED.search(rest)  # round 18
    if own_word:  # "he" there is the subject: only the words before it must name nobody
        # (round 45: a quote of his own before, "saw the body as “…” and urged …, which he said should …", is no one
        # else's words; its words are left out, a name around it still counts)
        return resolver.resolve(_speaker_phrase(m["spk"])) \
            if _plain_object(_FULL_QUOTED.sub(" ", rest[:own_word.start()]), resolver) else None
    if (" when " in rest or " as he " in rest or " as she " in rest) and (when := _EN_WHEN_HE_SAID.search(rest)):
        # round 26: "…, when he described X as “…”", "…, as she called X “…”"
        return resolver.resolve(_speaker_phrase(m["spk"])) if _plain_object(rest[:when.start()], resolver) \
            and _plain_object(when["object"] or when["clause"] or "", resolver) else None
    if " who " in rest and (person := _participle_after_relative(m, rest, resolver)):  # round 13
        return person
    if verb in ("was", "is") and (said := _PASSIVE_SAYING.match(rest)) and not _SPEECH_WORD.search(rest, said.end()) \
            and _plain_object(_unquote_terms(rest[said.end():]), resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 14: "X was quoted by Y as saying the talks …"
    if verb in _TOLD_VERBS and (told := _TOLD_THAT.match(rest)) and not _SPEECH_WORD.search(rest, told.end()) \
            and _plain_object(_unquote_terms(rest[told.end():]), resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 14: "told his counterpart X Y that …"
    if " as" in rest and verb in _SPEECH_VERB_WORDS and _EN_OTHERS_VIEW_AS.match(rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 23: "X said Y regarded Baku as “…”"
    if " in " in rest and (written := _EN_IN_MESSAGE_THAT.match(rest)) and not _SPEECH_WORD.search(rest, written.end()) \
            and _plain_object(_unquote_terms(rest[written.end():]), resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 23: "wrote in a message to his counterpart that …"
    if " and " in rest:  # round 15: "X said that he and Aliyev had agreed “…”" is X's own account
        rest = _SELF_AND_OTHER.sub("they", rest)
    if " and " in rest and (own := _and_said_after_object(rest, resolver)) is not None:  # round 16
        return resolver.resolve(_speaker_phrase(m["spk"])) if own else None
    if (" but " in rest or " yet " in rest) and (own := _but_said_after_object(rest, resolver)) is not None:  # round 26
        return resolver.resolve(_speaker_phrase(m["spk"])) if own else None
    if ", wh" in rest and _EN_PARENTHETICAL_RELATIVE.search(unquoted := _unquote_terms(rest)):
        rest = _EN_PARENTHETICAL_RELATIVE.sub(_en_aside_cut, unquoted)  # round 24: "the deal, which X had called “…”, would “…”"
    if " of which " in rest and (aside := _EN_PARENTHETICAL_OF_WHICH.search(rest)) \
            and not _names_someone(aside[0], resolver):  # round 29: "described the railway, construction of which …, as"
        rest = rest[:aside.start()] + rest[aside.end():]
    if verb in _EN_THANK_VERBS and _EN_THANKED_FOR.match(rest) and not _SPEECH_WORD.search(rest) \
            and not _RELATIVE.search(rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 24: "X thanked his host for the “…”"
    if verb in _EN_THANK_VERBS and ", " in rest and _en_thanked_then_naming(rest, resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 73: "X thanked Y for …, calling Turkmenistan “…”"
    if "А" <= sentence[:1] <= "Я" and "," in rest and (told := _RU_AND_INSTRUCTED.search(rest)) \
            and not _QUOTE_MARK.search(rest, 0, told.start()) and not _RELATIVE.search(rest, 0, told.start()):
        # round 30: "…, и поручил правительству «…»"
        return _head_not_named_after(resolver.resolve(_speaker_phrase(m["spk"])), rest[:told.start()], resolver)
    if "А" <= sentence[:1] <= "Я" and any(stem in rest for stem in _RU_REGION_STEMS):
        rest = _RU_REGION_NAME.sub("", rest)  # round 30: "назвал Центральную Азию «…»" names a region, no one
    if verb in RU_CONVEYING_VERBS and len(rest) < 80 and not _QUOTE_MARK.search(rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 32: "Он передал лидеру «самые теплые пожелания …»"
    if "А" <= sentence[:1] <= "Я" and " и " in rest and _ru_and_said_that_end(rest, resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 35: "X попросил …, и выразил уверенность, что «…»"
    if "А" <= sentence[:1] <= "Я" and " и " in rest and _ru_and_said_that_clause_end(rest, resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 39: "X передал пожелания Y-у и отметил, что … «…»"
    if rest.lstrip()[:4] in ("he h", "she ", "he w", "that") and verb in _SPEECH_VERB_WORDS \
            and (pronoun := _en_own_deed_pronoun(rest)) \
            and (person := resolver.resolve(_speaker_phrase(m["spk"]), speaking=False)) \
            and _en_sex_of_name(person.name) in (None, pronoun):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 42: "X said he had invited Y …, “so that …”"
    if ("назвав" in rest or "изовав" in rest) and (gerund := _RU_NAMING_GERUND_END.search(rest)) \
            and not _SPEECH_WORD.search(rest, 0, gerund.start()) \
            and _plain_object(_unquote_terms(rest[:gerund.start()]), resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 63: "X проинформировал о …, назвав его «…»"
    if ", что " in rest and (gerund := _RU_SAYING_GERUND_THAT_END.search(rest)) \
            and not _names_someone(gerund["clause"], resolver) \
            and _plain_object(_unquote_terms(rest[:gerund.start()]), resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 67: "X поддержал …, добавив, что стороны «…»"
    if verb in _RU_PROPOSING_VERBS and (thing := _RU_PROPOSED_THING_WHERE.match(rest)) \
            and not _RELATIVE.search(thing["object"]) and not _names_someone(rest, resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 58: "Он предложил создать парк, где «…»"
    if " – “" in rest or " — “" in rest or ' – "' in rest or ' — "' in rest:  # round 60 (quotesen60): substrings first
        rest = _EN_DASHED_QUOTE_ASIDE.sub(" ", rest)  # "said the goal – “…” – was “…”": the aside quotes him too
    if verb in _RU_PHRASE_VERBS and "котор" in rest and (said := _RU_SAID_PHRASE.match(rest)) \
            and _ru_that_clause_relative_own(rest[said.end():], resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 62: "… на то, что …, цены на которые «…»"
    if not _plain_object(_unquote_terms(rest), resolver):  # a quoted term ("called the visit “a milestone” and said …")
        return None
    if (participle := _PARTICIPLE_CLAUSE.search(rest)) and not _SPEECH_WORD.search(rest[:participle.start()]) \
            and not _SPEECH_WORD.search(participle[0], participle[0].find(" ", 2)):
        return resolver.resolve(_speaker_phrase(m["spk"]))
    if _reports_that(verb, rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))
    if _PARTICIPLE_END.search(rest) or (verb in _SPEECH_VERB_WORDS and not _SPEECH_WORD.search(rest)) \
            or (verb in _EN_EXPECTATION_VERBS and not _SPEECH_WORD.search(rest)) \
            or verb in _NAMING_VERBS or verb in _EN_NAMING_PARTICIPLES or ((verb in _AS_VERBS or verb in _AS_VERBS_MORE)
                                         and (rest.rstrip().endswith((" as", " как"))
                                              or _EN_AS_OWNER_END.search(rest) is not None
                                              or _EN_AS_QUALITY_AND_END.search(rest) is not None)):  # round 31
        return resolver.resolve(_speaker_phrase(m["spk"]))
    if _partial_verb_forms(verb, rest):  # round 10
        return resolver.resolve(_speaker_phrase(m["spk"]))
    if verb in _EN_ACCUSING_VERBS and _EN_ACCUSED_OF_END.search(rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 30: "X accused the other side of “…”"
    if (verb in _AS_VERBS or verb in _AS_VERBS_MORE) and " as " in rest and _EN_AS_HAVING_END.search(rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 30: "described ties as having “…”"
    if " и " in rest and _RU_AND_SAID.search(rest):  # round 15
        return resolver.resolve(_speaker_phrase(m["spk"]))
    if ("однако " in rest or " но " in rest) and _RU_BUT_NAMES.search(rest) and not _RELATIVE.search(rest):
        return resolver.resolve(_speaker_phrase(m["spk"]))  # round 57 (quotesru57): "…, однако называет прогноз «…»"
    if verb in _RU_PHRASE_VERBS and _RU_SAID_PHRASE.match(rest):  # round 19: "обратил внимание, что …"
        return resolver.resolve(_speaker_phrase(m["spk"]))
    return None


# Round 60 (quotesen60): a quote alone between dashes in the rest of a sentence whose subject's verb the partial quote
# ends ("The minister said the goal agreed by the two presidents – “…” – was “…”"): an apposition to the noun before it
# in the subject's own words (found as his by the rules), no other's; nothing but the quote between the dashes
_EN_DASHED_QUOTE_ASIDE = re.compile(r"\s[–—]\s*(?:“[^“”\"«»„]{1,120}”|\"[^“”\"«»„]{1,120}\")\s*[–—]\s")


# Round 58 (quotesru58): a proposal whose thing a relative clause in quote marks describes ("Он также предложил создать
# в приграничной зоне индустриальный парк, где «…»", "призвал открыть торговый дом, в котором «…»"): the clause is the
# proposer's words; the infinitive and its object before it, and the relative word right before the quote
_RU_PROPOSING_VERBS = frozenset({"предложил", "предложила", "предлагает", "призвал", "призвала", "призывает"})
_RU_PROPOSED_THING_WHERE = re.compile(r"\s+(?:(?:также|тоже|затем)\s+)?[а-яё]+(?:ть|ться|ти)\b"
                                      r"(?P<object>[^.!?;:«»“”\"]{1,150}?),\s+"
                                      r"(?:где|куда|(?:в|на|при|через)\s+котор(?:ом|ой|ых)|котор(?:ый|ая|ое|ые))\s*$")


# Round 29: verbs of expectation or doubt whose clause ends in the subject's words as speech verbs' do: "She expects the
# corridor to make a difference only “…”", "He doubts the target can be met “…”" (the features' and analyses' form
# after an analyst's quote; the subject must be a person, so "Kazakhstan expects …" gives no one)
_EN_EXPECTATION_VERBS = frozenset({"expects", "expected", "doubts", "doubted", "fears", "feared", "thinks",
                                   "wants", "wanted",  # round 37: "X wants the corridor to be “…”"
                                   "reckons", "reckoned"})  # round 49: "X reckons trade “could reach …” if …"


def _surname_subject_named_before(sentence: str, earlier: str, resolver: Resolver) -> bool:
    """Round 17: does the sentence open with a surname alone that the article named in full before, behind a lower-case
    title the resolver does not remember ("Azerbaijani energy minister Parviz Shahbazov …" / "Shahbazov described Turkey
    as “…”")? Then the resolver now knows it (note_named_in_full), as '“…,” Shahbazov said' finds it (_surname_speaker)."""
    m = SUBJECT.match(sentence)
    word = _ADDRESS_TITLE.sub("", m["spk"].strip()) if m else ""  # round 27: "Mr Kurtulmuş said …" (British papers)
    return bool(_SURNAME_ALONE.fullmatch(word)) and note_named_in_full(earlier, word, resolver)


# Round 15 (Russian): a title capitalised at the sentence's start, up to four lower-case words of what it is of, then a
# full name, an aside between commas and the verb ("Директор института Иван Сидоров, в свою очередь, напомнил, что …";
# round 19: a state or place in the genitive before the name, "Министр торговли Казахстана Арман Шаккалиев заявил")
# Round 33 (Russian and Turkish quotes): a region's capitalised adjective before its lower-case noun among the title's
# words ("Заместитель хокима Ферганской области X Y назвал …", "Аким Мангистауской области X Y"), the form of the
# regional officials who speak at forums in the provinces
# (round 43: or a Turkmen velayat's, an Uzbek viloyat's, "Хяким Дашогузского велаята")
_RU_REGION_NOUNS = r"(?:области|края|района|региона|округа|республики|велаята|вилоята)"
_RU_REGION_ADJECTIVE = rf"[А-ЯЁ][а-яё\-]+(?:ой|ого|ей|его)(?=\s+{_RU_REGION_NOUNS}\b)"
# Round 33: and a body's capitalised first word in the genitive before its lower-case words ("Председатель Ассоциации
# перевозчиков X Y уверен, что «…»", "Глава Торгово-промышленной палаты X Y"), as the business press names it
_RU_BODY_GENITIVE = (r"(?:Ассоциации|Союза|Палаты|Федерации|Агентства|Фонда|Совета|Центра|Института|Комитета|"
                     r"Торгово-промышленной|Национального|Национальной)(?=\s+[а-яё])")
# Round 35 (Russian and Turkish quotes): a firm's name in quote marks, its legal form before it, among the title's words
# ("Председатель правления АО «X» Y Z считает, что «…»", "Директор компании «X» Y Z"), as the business press names it
# (round 44: an envoy's state and the state he serves in, "Посол Туркменистана в Казахстане X Y заявил, что «…»")
_RU_ENVOY_OF_IN = r"[А-ЯЁ][а-яё\-]+(?:а|и)\s+(?:в|во)\s+[А-ЯЁ][а-яё\-]+(?:е|и)(?=\s+[А-ЯЁ])"
_RU_TITLED_SUBJECT = re.compile(r"(?P<spk>[А-ЯЁ][а-яё\-]+(?:\s+(?:[а-яё\-]+|" + _RU_REGION_ADJECTIVE + "|"
                                + _RU_ENVOY_OF_IN + "|"
                                + _RU_BODY_GENITIVE + r"|(?:[А-ЯЁ]{2,4}\s+)?«[^«»]{1,40}»)){0,6}"
                                r"(?:\s+[А-ЯЁ][а-яё\-]+){2,3})"
                                r"(?:,\s+(?P<aside>[а-яё][^,«»“”\"]{0,80}),)?\s+(?:(?:также|тоже|затем)\s+)?"
                                # round 63 (quotesru63): where, between the name and the verb ("Министр иностранных дел
                                # и внешнеэкономических связей Венгрии X Y в кулуарах заявил журналистам, что …")
                                r"(?:(?:в|во|на)\s+[а-яё]{4,}\s+)?"
                                r"(?P<verb>[а-яё][\w\-]*)")


# Round 44 (Russian quotes): an adverbial gerund's clause opening the sentence ("Выступая на форуме в Алматы, ",
# "Отвечая на вопрос журналистов, "), a lower-case title after its comma: the clause is no part of the subject
# (round 52, quotes52b: or a capitalised envoy's title, "Открывая заседание, Посол Казахстана в Туркменистане X Y")
_RU_GERUND_OPENING = re.compile(r"[А-ЯЁ][а-яё]+(?:ая|яя|уя|юя|ив|ав|ев|вшись)\s[^«»“”\".;:!?,]{1,150},\s+"
                                r"(?=[а-яё]+(?:\s+[а-яё]+){0,3}\s+[А-ЯЁ]|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+в\s+[А-ЯЁ])")


# Round 43 (Russian quotes): a region's head by his title alone opening the sentence, his region's words after it
# ("Хяким Дашогузского велаята напомнил, что регионы должны стать «…»", "Аким области подчеркнул …"), after the text
# named him with that title ("встретился с хякимом велаята X Y"): he is the one so titled, not whoever spoke last (the
# guest's own governor may have, under another title word). Read by putting his name in the title's place.
_RU_REGION_HEAD_OPENING = re.compile(r"(?P<title>Аким|Хоким|Хяким|Губернатор)(?:\s+(?:" + _RU_REGION_ADJECTIVE
                                     + r"\s+)?" + _RU_REGION_NOUNS + r")?(?=\s+[а-яё])")


def _ru_region_head_named(sentence: str, earlier: str, resolver: Resolver) -> str | None:
    """The sentence with its opening region head's title (_RU_REGION_HEAD_OPENING) replaced by the one name `earlier`
    gave that title, else None (no such opening, or none or two so named)."""
    if not (m := _RU_REGION_HEAD_OPENING.match(sentence)) or m["title"].lower() not in earlier.lower():
        return None
    if (name := ru_one_titled_named(earlier, (m["title"].lower(),))) is None \
            or resolver.resolve(name, speaking=False) is None:
        return None
    return name + sentence[m.end():]


# Round 63 (quotesru63): a city's or region's head by his title and place alone after the words ("— сказал мэр
# Денизли.", "«…», — резюмировал хоким Наманганской области."): the one the text before titled so with that place in
# any case, a name of two or three words after it ("с губернатором провинции и мэром Денизли Бюлентом Нури
# Чавушоглу", a Turkish name's two given names); else the one it gave that title word at all
_RU_PLACE_HEAD = re.compile(r"(?P<title>мэр|аким|хоким|хяким|губернатор)\s+(?P<place>[А-ЯЁ][а-яё\-]+"
                            r"(?:\s+(?:области|края|района|региона|велаята|вилоята|провинции|города))?)")
_RU_PLACE_HEAD_NAME = r"\s+(?P<name>[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+){1,2})(?![\w\-]|\s+[А-ЯЁ])"


def _ru_place_head_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_PLACE_HEAD.fullmatch(phrase.strip())) or m["title"] not in earlier.lower():
        return None
    titled = re.compile(rf"(?<![\w\-])(?i:{m['title']})(?P<case>ом|а|у)?\s+{re.escape(m['place'])}"
                        + _RU_PLACE_HEAD_NAME)
    names = {{"ом": ru_nominative, "а": ru_nominative_of_genitive, "у": ru_nominative_of_dative}.get(
        t["case"] or "", str)(t["name"]) for t in titled.finditer(earlier)}
    if not names:  # "хоким Наманганской области" after "во главе с хокимом X Y": the one so titled at all
        return resolver.resolve(name) if (name := ru_one_titled_named(earlier, (m["title"],))) else None
    return resolver.resolve(names.pop()) if len(names) == 1 else None


# Round 67 (quotesru67): a title with the acronym of what it is of ("— подчеркнул министр ТРСК. —", dev/1086), after
# the text glossed the acronym in brackets right before a full name so titled ("Министр … Турецкой Республики
# Северного Кипра (ТРСК) Олгун Амджаоглу"): that name; None when the text so titled no one or two
_RU_TITLE_OF_ACRONYM = re.compile(r"(?P<title>[а-яё\-]+)\s+(?P<acronym>[А-ЯЁ]{2,8})")


def _ru_acronym_title_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_TITLE_OF_ACRONYM.fullmatch(phrase.strip())) or (gloss := f"({m['acronym']})") not in earlier:
        return None  # (a cheap gate: the acronym glossed in brackets somewhere before)
    names = {name for title, of, name in ru_titled_mentions(earlier)
             if title == m["title"] and of.rstrip().endswith(gloss)}
    return resolver.resolve(names.pop()) if len(names) == 1 else None


# Round 68 (forum68b): a title in its short or second form alone after the words, once the text titled one person in
# full (dev/1107): "— заявил замминистра" after "заместитель министра торговли … Туркменистана X Y" (the deputy, not a
# minister of that ministry: the title read there opens with "министра" after "заместитель"); "— сказал глава
# правительства Каракалпакстана" after "Председатель Совета Министров Республики Каракалпакстан X Y" (a government's
# head: its cabinet's chairman or its premier, of the place the phrase names if it names one). None of no one or two.
_RU_DEPUTY_MINISTER_SHORT = re.compile(r"замминистра|заместитель\s+министра")
_RU_GOVERNMENT_HEAD_SHORT = re.compile(r"глава\s+правительства(?:\s+(?P<place>[А-ЯЁ][а-яё\-]+))?")
_RU_DEPUTY_WORD_BEFORE = re.compile(r"(?i:заместител[ьяюем]{1,2}|замминистра)\s+$")
_RU_CABINET_OF = re.compile(r"^\s*(?:Совета\s+Министров|Кабинета\s+Министров|[Пп]равительства)(?![\w\-])")


def _ru_short_title_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if deputy := _RU_DEPUTY_MINISTER_SHORT.fullmatch(phrase):
        if "министр" not in earlier and "Министр" not in earlier:
            return None  # (a cheap gate: no minister's title before)
        names = {name for m, (title, _of, name) in zip(ru_titled_matches(earlier), ru_titled_mentions(earlier))
                 if _ru_deputy_minister_titled(title, earlier[max(0, m.start() - 20):m.start()])}
    elif head := _RU_GOVERNMENT_HEAD_SHORT.fullmatch(phrase):
        if "редседател" not in earlier and "ремьер" not in earlier:
            return None  # (a cheap gate: no chairman's or premier's title before)
        stem = head["place"][:max(4, len(head["place"]) - 2)] if head["place"] else ""
        names = {name for title, of, name in ru_titled_mentions(earlier)
                 if _ru_government_head_titled(title, of) and stem in of}
    else:
        return None
    return resolver.resolve(names.pop()) if len(names) == 1 else None


# Round 77 (ru77): a minister by his title in full after the words, its field and his state, with no name ("— заявил
# министр экономики и коммерции Кыргызстана", dev/1211), after the text titled one person so with his name ("Министра
# экономики и коммерции Кыргызской Республики X Y"; the state by another of its names): that one. The field must open
# what the title was of, word for word (a ministry is no other's), and the state, when told, be the one it names; not
# a deputy titled "заместитель министра …". None of no one or two
_RU_MINISTER_OF_FIELD = re.compile(r"министр\s+(?P<field>[а-яё]+(?:\s+[а-яё]+){0,5}?)"
                                   r"(?:\s+(?P<state>[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+)?))?")


def _ru_minister_of_field_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_MINISTER_OF_FIELD.fullmatch(phrase)) or "инистр" not in earlier:
        return None  # (a cheap gate: the phrase a minister's title with a field, a minister's title before)
    state = places.codes_in(m["state"]) if m["state"] else []
    if m["state"] and len(state) != 1:
        return None
    field = m["field"].split()
    names = {name for t, (title, of, name) in zip(ru_titled_matches(earlier), ru_titled_mentions(earlier))
             if title == "министр" and of.split()[:len(field)] == field and (not state or places.codes_in(of) == state)
             and not _ru_deputy_minister_titled(title, earlier[max(0, t.start() - 20):t.start()])}
    return resolver.resolve(names.pop()) if len(names) == 1 else None


def _ru_deputy_minister_titled(title: str, just_before: str) -> bool:
    """Does a title read by ru_titled_mentions name a deputy minister: its own word ("заместитель", "замминистра"), or
    "министра" right after "заместитель" (`just_before`, the text right before the title)?"""
    return title.startswith(("заместител", "замминистр")) \
        or (title.startswith("министр") and _RU_DEPUTY_WORD_BEFORE.search(just_before) is not None)


def _ru_government_head_titled(title: str, of: str) -> bool:
    """Does a title read by ru_titled_mentions name a government's head: a premier, or the chairman of a council or
    cabinet of ministers or of a government ("Председатель Совета Министров Республики Каракалпакстан")?"""
    return title.startswith("премьер") or (title.startswith("председател") and _RU_CABINET_OF.match(of) is not None)


# Round 63 (quotesru63): a region's head by the bare "глава" of his region as a sentence's subject ("Глава области
# пообещал «…»"), read as the resolver reads the phrase (the region head the text named)
_RU_BARE_REGION_HEAD_SUBJECT = re.compile(r"(?P<spk>Глава\s+(?:области|региона))\s+(?:(?:также|тоже|затем)\s+)?"
                                          r"(?P<verb>[а-яё]+)")
# Round 63 (quotesru63): the naming gerund closing the sentence of another verb of the subject ("X проинформировал
# коллег о ходе процесса, назвав его «…»"): the partial quote is the subject's, as after "назвал его"
_RU_NAMING_GERUND_END = re.compile(r",\s+(?:назвав|охарактеризовав)(?:\s+(?:его|её|ее|их|это|эту|этот|[а-яё]+)){0,3}"
                                   r"(?:\s+как)?\s*$")

# Round 67 (quotesru67): a speech gerund after the subject's other verb, its "что" clause naming nobody before the
# partial quote ("Кипрский министр поддержал эту задачу, добавив, что стороны «…»", dev/1086): the subject's words, as
# after "и добавил, что" (_RU_AND_SAID_THAT_END)
_RU_SAYING_GERUND_THAT_END = re.compile(r",\s+(?:также\s+)?(?:добавив|отметив|подчеркнув|заявив|напомнив|указав|"
                                        r"заметив|пояснив|уточнив|сообщив)(?:\s+при\s+этом)?,\s+что"
                                        r"(?P<clause>(?:\s+[^\s,«»“”\"]+){0,8})\s*$")

# Round 15 (Russian): a second verb of the same subject that the partial quote ends, after "и": "Байрамов напомнил,
# что торговля выросла на 22%, и назвал это «…»" (called it), "…, и добавил, что отношения «…»" (a speech verb and a
# bare "что" clause; the rest of the sentence names nobody: _plain_object)
# (round 21: or a place or two by name, "и назвал Казахстан и Узбекистан «…»"; _plain_object has checked they are
# no people)
_RU_AND_SAID = re.compile(rf",?\s+и\s+(?:также\s+)?(?:(?:назвал|назвала|называл|называла)"
                          rf"(?:\s+(?:это|его|её|ее|их|[а-яё]+"
                          # round 68 (forum68b): the object's noun with a phrase of where it is ("и назвал
                          # сотрудничество в сфере водопользования «…»", dev/1107)
                          rf"|[а-яё]+\s+(?:в|во|на|по|между)\s+[а-яё]+(?:\s+[а-яё]+)?"
                          rf"|[А-ЯЁ][а-яё\-]+(?:(?:,|\s+и)\s+[А-ЯЁ][а-яё\-]+)?))?"
                          rf"|(?:охарактеризовал|охарактеризовала)\s+(?:это|его|её|ее|их|[а-яё]+)\s+как"
                          # round 19: urged, warned, promised, their object in lower case ("…, и призвал «…»",
                          # "и призвал партнеров «…»")
                          rf"|(?:призвал|призвала|предупредил|предупредила|пообещал|пообещала)(?:\s+[а-яё]+){{0,2}}"
                          rf"|(?:{RU_VERBS}),?\s+что\s+[^,«»“”\"]{{1,120}})\s*$")

# Round 57 (quotesru57): a second verb of the same subject that names its object, after "однако" or "но" (however,
# but): "X не исключает, что оборот превысит $1 млрд, однако называет такой прогноз «…»" (an analysis's hedge; the rest
# of the sentence names nobody: _plain_object)
_RU_BUT_NAMES = re.compile(r",\s+(?:однако|но)\s+(?:при\s+этом\s+|вс[её]\s+же\s+)?(?:называет|назвал|назвала|называл|"
                           r"называла)(?:\s+[а-яё]+){0,3}\s*$")


# Round 15: a scene-setting opening before the subject, longer than SUBJECT's own 60-character lead or with no
# comma before a pronoun: "Speaking at the forum in Astana earlier this year, the minister X Y called it “…”" /
# "In a speech in Baku last year he described the country as “…”"
# Round 76 (own): a time opening with no comma before the subject of a partial quote ("Two weeks ago Foreign Minister
# X told a business audience in Budapest that Uzbekistan “…”", dev/1189); only where the quote is in the sentence:
# read in `_subject`, it made "Last year Minister X travelled to …" X's sentence, so that a later "the minister added"
# meant him (test_round69_quotesen69)
_EN_TIME_OPENING = re.compile(r"(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A\s+few|Several|A|\d{1,2})\s+"
                              r"(?:days?|weeks?|months?|years?)\s+ago|Last\s+(?:week|month|year|spring|summer|autumn|"
                              r"winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                              r"Earlier\s+this\s+(?:week|month|year)),?\s+(?=[A-Z])")
_SCENE_OPENING = re.compile(r"(?:In|At|During|After|On|Speaking|Addressing|Writing|Asked)\s[^,;:“”\"«»„]{1,120}?"
                            r"(?:,\s+|\s+(?=(?:he|she)\s))"
                            # round 24: a time or link adverb alone, "Earlier, the president of Kyrgyzstan, X Y, said …"
                            r"|(?:Earlier|Later|Meanwhile|Separately|Previously|Elsewhere),\s+")


# Round 15: "Aliyev's office quoted him as saying that “…”": "him" is the one whose office, press service or
# spokesman quoted him
_OWN_OFFICE = re.compile(rf"(?P<spk>[{CAPITALS}][\w\-]+)['’]s\s+(?:office|press\s+(?:service|office)|spokes(?:man|woman|"
                         r"person)|aides?|administration|press\s+secretary)\s+$")


# Round 15: the subject's own pronoun joined with another name in the reported clause ("… said that he and
# Aliyev had agreed “…”"): the other name is no speaker of its own
_SELF_AND_OTHER = re.compile(rf"(?<=\bthat )(?:he|she) and [{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{0,2}}"
                             rf"(?=\s+(?:had|have|would|will|were|are|agreed|decided)\b)")


# Round 14: whom something was told is no speaker: "Bayramov told his Kazakh counterpart Murat Nurtleu that the line
# was “…”" (only the clause after "that" must name nobody)
_TOLD_VERBS = frozenset({"told", "tells", "assured", "assures", "informed", "reminded", "reminds"})
# Round 14: "Tokayev was quoted by Kazinform as saying the talks had been “…”" (the passive before a partial quote)
_PASSIVE_SAYING = re.compile(r"\s+(?:quoted|cited|reported)\s+(?:by\s+[^“”\"«»„,.;:!?]{1,60}?\s+)?as\s+saying"
                             r"\s+(?:that\s+)?")
_TOLD_THAT = re.compile(r"\s+[^“”\"«»„.;:!?]{1,80}?\s+that\s+")
# Round 23: the message or speech a verb's clause was said in, and whom to: "Erdoğan wrote in a message to his Turkmen
# counterpart that Ankara saw … “…”" (the one it was addressed to is no speaker, as after "told")
# Round 23: a speaker reporting whom another regards as what: "Aripov said Mirziyoyev regarded Azerbaijan as “…”" (the
# view is the other's, the words the speaker's own; a verb of speech in that clause would make them the other's)
_EN_OTHERS_VIEW_AS = re.compile(r"\s+(?:that\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:regarded|regards|considered|"
                                r"considers|viewed|views|saw|sees)\s+[^“”\"«»„.;:!?,]{1,60}?\s+as\s*$")
_EN_IN_MESSAGE_THAT = re.compile(r"\s+in\s+(?:a|an|his|her|the|its)\s+(?:[\w'’\-]+\s+){0,3}?(?:message|letter|telegram|"
                                 r"address|speech|note|article|op-ed|interview)\b[^“”\"«»„.;:!?]{0,80}?\s+that\s+")


# --- round 8, English partial quotes -------------------------------------------------------------------
# "Nikol Pashinyan, Armenia’s acting prime minister, said …": a name, then a capitalised possessive
# appositive between commas (SUBJECT's aside is lower-case), then the verb
# Round 20: a capitalised title and its "of" opening an aside after a name (agencies' English: "X Y, Chairman of the
# Board of Azerbaijan Railways, …", "X Y, Deputy Minister of Economy of Kazakhstan, …")
_CAPITAL_TITLE_OF = (r"(?:(?:First|Deputy|Vice)[\s\-]+)*(?:Speaker|Chairman|Chairwoman|Chair|Minister|Director|Head|"
                     r"Governor|Ambassador|Secretary|Rector|Mayor|Prime\s+Minister|President|Member)\s+of\s")
_NAME_TITLE_APPOSITIVE = re.compile(
    rf"(?P<spk>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{1,3}}),\s+"
    rf"(?P<aside>[{CAPITALS}][\w\-]*['’]s\s+(?:{_EN_PORTFOLIO_LIST_ASIDE}|[^,“”\"«»„:;]{{1,80}})"
    # round 20: or a capitalised title of a body ("Sahiba Gafarova, Speaker of the Milli Majlis, addressed …")
    rf"|{_CAPITAL_TITLE_OF}[^,“”\"«»„:;]{{1,80}}),\s+"
    r"(?:(?:also|then|later)\s+)?(?P<verb>(?!(?:and|or)\b)[a-z][\w\-]*)")
# verbs that report speech with a "that" clause besides VERBS: "She cautioned, however, that … “…”"
_THAT_VERBS = frozenset({"cautioned", "warned", "argued", "insisted", "claimed", "acknowledged", "admitted",
                         "conceded", "predicted", "suggested", "complained", "recalled", "explained", "agreed",
                         "promised", "pledged", "vowed", "remarked", "observed", "declared", "announced",
                         # round 22: an analyst's estimate reported with "that" ends in his words ("X estimated that
                         # trade could double, “but …”")
                         "estimated", "estimates", "reckoned", "reckons",
                         # round 27: a leader's words said again ("X has since repeated that “…”")
                         "repeated", "repeats"})
# where it was said may stand before "that" (round 13: "wrote on Telegram that", "in a statement", "to reporters")
_THAT_CLAUSE = re.compile(r"^(?:,\s+[a-z][\w ]{0,30},)?(?:\s+(?:on|in|to)\s+(?:[A-Za-z][\w\-]*\s+){0,3}?[A-Za-z][\w\-]*)?"
                          r"\s+that\s")
# "He went on to say that the Caspian “…”": the speech verb after "went on to"
_WENT_ON_TO = re.compile(r"^\s+on\s+to\s+(?:say|add|note|stress|warn|argue|insist|tell|call)\b")
# more verbs naming their object "as" the partial quote: "Rahmon welcomed Baku's participation as “…”"
_AS_VERBS_MORE = ("welcomed", "praised", "saw", "sees", "regarded", "viewed", "presented", "portrayed", "cast",
                  "welcomes", "praises", "regards", "views", "presents",
                  # round 24: rejection naming what it rejects, "Tokayev dismissed as “…” claims that …"
                  "dismissed", "dismisses", "rejected", "rejects", "denounced", "denounces",
                  # round 31: the participle read as the verb after an aside ("Another analyst, X Y, was more
                  # cautious, describing the zone as “…”": SUBJECT takes "was more cautious" for the aside)
                  "describing", "characterising", "characterizing", "hailing", "labelling", "labeling", "branding",
                  "seeing", "regarding", "viewing", "portraying",
                  # round 38 (English quotes): "Erdoğan referred to Azerbaijan as “…”" (the object after "to")
                  "referred", "refers", "referring",
                  # round 44 (English quotes): what a host holds out, "Berdimuhamedov offered the ports as “a bridge
                  # …”", "touted the zone as", "pitched Aktau as"
                  "offered", "offers", "offering", "touted", "touts", "pitched", "pitches", "promoted", "promotes",
                  # round 56 (quotes, other): what a speaker picks out, "Japarov singled out the … project as “…”"
                  "singled", "singles", "singling")
# "According to him, the three countries now have “…”" / "According to the analyst, …"
_ACCORDING_OPENING = re.compile(r"According to (?P<spk>[^,“”\"«»„]{1,60}),\s+(?P<rest>[^“”\"«»„]*)$")
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def _reports_that(verb: str, rest: str) -> bool:
    """Does the verb report speech ("cautioned, however, that …", "went on to say that …") with the rest
    of the sentence free of another speech word?"""
    if verb == "went":
        m = _WENT_ON_TO.match(rest)
        return bool(m) and not _SPEECH_WORD.search(rest, m.end())
    m = _THAT_CLAUSE.match(rest) if verb in _THAT_VERBS else None
    return bool(m) and not _SPEECH_WORD.search(rest, m.end())


# Round 29: the words of a body's name after its "for"/"of" ("the Centre for Economic Research and Reforms", "the Institute
# of Strategic Studies"), split off their body word by the preposition: no person, though two capitalised words look like
# one ("Economist X Y of the Centre for Economic Research … believes …. In her words, …“…”" is X Y's)
# The kinds of body an English body's name ends in (round 32's _EN_OWN_BODY_AFTER_NAME reads them too)
_EN_BODY_KINDS = (r"Centre|Center|Institute|Council|Committee|Ministry|Agency|Chamber|Bank|University|Fund|Foundation|"
                  r"Association|Union|School|Academy|Bureau|Department|Commission|Organi[sz]ation")
_EN_BODY_NAME_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{_EN_BODY_KINDS})\s+(?:for|of)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:(?:\s+|,\s+|\s+and\s+|\s+of\s+|\s+for\s+)[A-Z][\w\-]*)*")


def _according_speaker(m: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of 'According to him, … “…”': a pronoun is the one person the paragraph's sentence
    before names ("Political scientist Rasim Huseynli disagreed …"), else the last speaker; a name or
    title is who it names. None when the rest of the sentence names someone."""
    if _names_someone(m["rest"], resolver):
        return None
    phrase = m["spk"].strip()
    pronoun = _OBJECT_PRONOUNS.get(phrase.lower())
    if pronoun is None:
        return resolver.resolve(_speaker_phrase(phrase))
    previous = _QUOTE_SENTENCE_BREAK.split(earlier.strip())[-1] if earlier.strip() else ""
    if previous[:4] == "The " and (official := _EN_THE_STATES_OFFICIAL_VERB.match(previous)):
        return _en_states_official_named(official["spk"], resolver)  # round 50 (quotes)
    if previous and not _QUOTE_MARK.search(previous):
        if " for " in previous or " of " in previous:
            previous = _EN_BODY_NAME_AFTER_PREPOSITION.sub(" ", previous)  # round 29
        if " by " in previous:
            previous = _EN_AGENT_PHRASE.sub(" ", previous)  # round 64: "… the goal set by Presidents X and Y."
        named = {p.name: run for run in _capital_runs(previous) if (p := resolver.resolve(run, speaking=False))}
        if len(named) == 1:
            return resolver.resolve(next(iter(named.values())))
        if named:
            return None  # two people before "him": no guess
    return resolver.resolve(pronoun)


# (round 39, Turkish quotes: a number's full stop before a lower-case word is a Turkish ordinal, no sentence's end:
# "bağımsızlığın 35. yılının", "15. kez")
_SENTENCE_BREAK = re.compile(r"(?:[!?…]|(?<!\d)\.|\.(?=\s+[^a-zçğıöşüə\s]))(?:[\"”»](?=\s+[^a-zçğıöşüə\s]))?\s+(?=\S)")
_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s'’\-]")


def _capital_runs(clause: str) -> list[str]:
    """Runs of words that start with a capital ("Macaristan Başbakanı Orban"), by str.isupper: a
    character class like Ā-ſ would take lower-case ı and ş for capitals."""
    runs, run = [], []
    for token in _TOKEN.findall(without_region_name_after_name(clause)):  # "X Y Atırau vilayəti": X Y
        if token[0].isupper():
            run.append(token)
        elif run:
            runs.append(" ".join(run))
            run = []
    return runs + [" ".join(run)] if run else runs


# Round 48 (quotes, other): a demonym and a bare minister's title opening a Turkish or Azerbaijani sentence ("Kazak
# Bakan, …", "Azerbaycanlı Bakan, …", "Özbək nazir …"): the minister of that state the article named (people's
# _named_minister), not whichever minister spoke last
_TURKIC_DEMONYM_MINISTER_OPENING = re.compile(r"[A-ZÇĞİÖŞÜƏ][\w'’]+\s+(?:[Bb]akan|[Nn]azir)(?=[\s,])")


# Round 63 (quotesother63): a demonym and "diplomat" opening a Turkic sentence ('Qırğız diplomat isə … "…" vurğulayıb',
# "Kırgız diplomat, …"): that state's foreign minister the article named (as "Qırğız nazir" would be, and a foreign
# minister only: the state's other ministers are no diplomats); none when its named minister holds another portfolio
_TURKIC_DEMONYM_DIPLOMAT_OPENING = re.compile(r"(?P<demonym>[A-ZÇĞİÖŞÜƏ][\w'’]+)\s+[Dd]iplomat(?:ı)?(?=[\s,])")
_FOREIGN_MINISTER_ROLE = re.compile(r"foreign|xarici|dışişleri", re.I)


def _turkic_demonym_diplomat(m: re.Match, resolver: Resolver, speaking: bool) -> Person | None:
    if not _local_demonym(m["demonym"]):
        return None
    person = resolver.resolve(m["demonym"] + " nazir", speaking=speaking)
    return person if person is not None and _FOREIGN_MINISTER_ROLE.search(person.role) else None


# Round 60 (quotestr60): a Turkish sentence whose subject is a demonym and a lower-case office word after a participle
# clause ('Türkiye ile ticaretin … olduğunu hatırlatan Özbek lider, "…" dedi'): the head of that participle is the
# subject, that state's office holder, whatever state the clause before it names ("Türkiye" is no speaker there)
_TR_PARTICIPLE_DEMONYM_ROLE = re.compile(r"[a-zçğıöşü](?:an|en|yan|yen)\s+(?P<spk>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+\s+"
                                         r"(?:lider|cumhurbaşkanı|başbakan|dışişleri\s+bakanı|bakan))\s*$")
_TR_ROLE_ENDS = ("lider", "cumhurbaşkanı", "başbakan", "bakanı", "bakan")


def _tr_demonym_role_head(demonym: str, phrase: str, resolver: Resolver, speaking: bool) -> Person | None:
    """The office holder a demonym and a lower-case office word name ("Özbek lider"; "Azerbaycanlı lider" by the state
    before "-lı"), or None when no form resolves (a bare "Kazak bakan"): never another state's holder."""
    role = phrase[len(demonym):].strip()
    state = demonym[:-2] if demonym.lower() not in _LOCAL_DEMONYMS else demonym
    for form in dict.fromkeys((phrase, f"{state} {role}", f"{demonym} {role.capitalize()}")):
        if (person := resolver.resolve(form, speaking=speaking)) is not None:
            return person
    return None


def _az_genitive_of_known(name: str, resolver: Resolver) -> bool:
    """Round 61 (quotesother61): is an unlisted name an Azerbaijani genitive of a person the rules know ("İlham
    Əliyevin", "Ceyhun Bayramovun")? It owns a noun after it ("dəvəti", "sözləri") and is no subject."""
    if (nominative := az_nominative(name)) == name:
        return False
    known = resolver.resolve(nominative, speaking=False)
    return known is not None and known.rule != "unlisted name"


def _clause_subject(before: str, resolver: Resolver, *, speaking: bool = True) -> Person | None:
    """Who the sentence ending at a quote is about, for the languages that put the verb last: its first
    name or title ('Erdoğan, "…" dedi.', 'İqtisadiyyat naziri Mikayıl Cabbarov … bildirib: "…"'), else
    a word for the head of state or a pronoun in it ('Çıxışında dövlətimizin başçısı deyib: «…»')."""
    clause = _SENTENCE_BREAK.split(before.rstrip(" :,\n"))[-1]
    if not clause:
        return None
    if "lə " in clause or "la " in clause:
        clause = AZ_COMITATIVE_NAME.sub(_az_without_comitative_name, clause)  # round 32: "… X Tokayevlə" is an object
    if clause.endswith(_TR_ROLE_ENDS) and (m := _TR_PARTICIPLE_DEMONYM_ROLE.search(clause)) \
            and _local_demonym(demonym := m["spk"].split(None, 1)[0]):
        return _tr_demonym_role_head(demonym, m["spk"], resolver, speaking)  # round 60: '… hatırlatan Özbek lider, "…"'
    bare = _az_bare_title_opening(clause)
    person = resolver.resolve(clause, speaking=speaking and not bare)
    if bare and person is not None:
        # round 43: 'Baş nazir Azərbaycanın Orta Dəhlizin inkişafına … “…” deyib': the bare title opening the sentence
        # is its subject; a capitalised run further on (a corridor, a body in the genitive) is no speaker
        person = None if person.rule in ("name", "unlisted name") else resolver.resolve(clause, speaking=speaking)
    if person is not None and clause[:1].isupper() and (opening := _turkic_opening_subject(clause, person, resolver)):
        person = resolver.resolve(opening.name, speaking=speaking)  # round 27
    elif person is not None and ("'" in person.name or "’" in person.name
                                 or (person.rule == "unlisted name" and not _tr_met_name(clause, person))) \
            and (surname := _tr_surname_opening(clause, resolver)) and surname.name != person.name:
        # round 34: "Cabbarov, Doğu Zengezur'da …" is Cabbarov; round 47: so is "Torobayev, … Isık Göl ve Çüy
        # bölgelerindeki …", a capitalised run further on that the rules know as no one (a lake, a region) is no subject
        # (a person met, "Bolat, Ali Veli ile …", is left to the rules of whom the subject met: _tr_met_with)
        person = resolver.resolve(surname.name, speaking=speaking)
    elif person is not None and clause[:1] in _TR_TITLE_INITIALS and _TR_TITLED_SURNAME_COMMA_OPENING.match(clause) \
            and (surname := _tr_surname_opening(clause, resolver)) and surname.name != person.name:
        # round 52 (quotes52b): "Başkan Genç, Cumhurbaşkanı X Y ile …" opens with its subject, a head named before
        person = resolver.resolve(surname.name, speaking=speaking)
    if person is not None and person.rule == "unlisted name" and _az_genitive_of_known(person.name, resolver):
        return None  # round 61: "Prezident İlham Əliyevin dəvəti ilə gələn qonaq bildirib:" is not Aliyev's colon
    if (person is None or person.rule == "unlisted name") and "Nazirlər" in clause[:40] \
            and (head := _az_opening_cabinet_head(clause, resolver)) is not None:
        person = head  # round 34: "Qırğızıstan Nazirlər Kabinetinin sədri … Orta Dəhlizin …" opens with the speaker
    if person is None and "parlamentinin " in clause[:40] \
            and (chair := _az_state_parliament_head(clause, resolver)) is not None:
        person = chair  # round 34: "Özbəkistan parlamentinin rəhbəri isə qeyd edib ki, …"
    if person is None and "sədri " in clause[:40] and (m := _AZ_OPENING_CHAIR.match(clause.lstrip())):
        person = resolver.resolve(m[1], speaking=speaking)  # round 26
    if person is None and (m := _TITLE_UNKNOWN_NAME_OPENING.match(clause.lstrip())) \
            and _name_after_title(clause.lstrip(), m.end("title")):
        return None  # round 25: 'Bakan Tokgöz, "…" dedi', no one the rules know: not the last minister's
    if person is None:
        low = clause.lower()
        words = f" {_WORD_RUN_HYPHEN.sub(' ', low)} "  # round 13: "vitse-prezident" holds no "prezident"
        anaphor = _most_specific_anaphor(words)  # round 37: "baş nazir" before "nazir"
        if anaphor in _MINISTER_TITLES and (opening := _TURKIC_DEMONYM_MINISTER_OPENING.match(clause.lstrip())) \
                and (own := resolver.resolve(opening[0], speaking=speaking)) is not None:
            return own  # round 48 (quotes, other): "Kazak Bakan, …" is the Kazakh minister named, whoever spoke last
        if anaphor and _tr_demonym_of_another_state(clause, anaphor, resolver):
            anaphor = None  # round 34: "Kazak Bakan" is not the Turkish minister a bare "Bakan" would mean
        person = resolver.resolve(anaphor, speaking=speaking) if anaphor else None
    if person is None and "iplomat" in clause[:40] and (m := _TURKIC_DEMONYM_DIPLOMAT_OPENING.match(clause.lstrip())):
        person = _turkic_demonym_diplomat(m, resolver, speaking)  # round 63: 'Qırğız diplomat isə … "…" vurğulayıb'
    if person is None and "aşkanı," in clause[:40]:  # round 27: 'TBMM Başkanı, … "…" olduğunu vurguladı' (a bare title)
        person = resolver.resolve(clause.split(",", 1)[0], speaking=speaking)
    return person


_VERB_WORDS = tuple(dict.fromkeys(re.split(r"[\[ ]", verb)[0] for verb in VERBS.split("|")))
_COLON_VERB_WORDS = _VERB_WORDS + tuple(dict.fromkeys(verb.split(" ")[0] for verb in OTHER_VERBS.split("|")))
_NOT_IN_NAME_OR_VERB = re.compile(r"[^\w'’\-\s]")


def _earliest_start(tail: str, colon: bool) -> int | None:
    """Where a BEFORE_COLON (colon) or BEFORE_THAT match in `tail` can begin at the earliest, or None
    when neither can match. Why: re tries these patterns from every character of the 160 before a
    quote, each try running through the verbs; a match holds a verb, and before the verb (BEFORE_THAT:
    to the end) only letters, spaces, hyphens and apostrophes, and BEFORE_COLON none of :.!?“”" before
    its last colon; so it cannot begin before the last character that breaks that. The search from
    there finds the same match (neither pattern looks behind its start)."""
    if not any(verb in tail for verb in (_COLON_VERB_WORDS if colon else _VERB_WORDS)):
        return None
    if colon:
        end = tail.rstrip().rfind(":")
        return max(tail.rfind(ch, 0, end) for ch in ':.!?“”"') + 1
    if not tail[-1:].isspace():  # BEFORE_THAT ends in white space
        return None
    m = _NOT_IN_NAME_OR_VERB.search(tail[::-1])
    return len(tail) - m.start() if m else 0


def _labelled(label: str) -> bool:
    """Is a transcript label a known office holder's name or a title ("President Ilham Aliyev")? Round 70
    (statements70): a surname in another Latin alphabet's letters ("Prezident İlham Əliyev", "Emoməli Rəhmon") is
    the holder's its English spelling names (name_forms.holder_spelling, dev/1128)."""
    surname = label.split()[-1]
    return bool(officeholders.by_name(surname) or officeholders.office_of(label)
                or ((spelled := holder_spelling(surname)) and officeholders.by_name(spelled)))


# Round 52 (quotes52a): an expert's opinion in the present before the colon ("Beynəlxalq münasibətlər üzrə ekspert X Y
# isə hesab edir ki, …, … yanlışdır:" over «…»), its subject the one whose words follow, as "bildirib ki" has it
_AZ_OPINION_KI = re.compile(r"\bhesab\s+edir\s+ki\b")


def _indirect_colon_subject(tail: str, resolver: Resolver) -> Person | None:
    """Azerbaijani reported speech that ends in a colon before the quote: 'O əlavə edib ki, … azalma
    müvəqqəti xarakter daşıyır: "…"' (the subject before "bildirib ki"/"əlavə edib ki" speaks; round 20: or the
    pluperfect and formal perfect, "vurğulamışdı ki", "qeyd etmişdir ki")."""
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" :\n"))[-1]
    m = AZ_INDIRECT.search(sentence) or AZ_KI_PAST.search(sentence) \
        or (" edir ki" in sentence and _AZ_OPINION_KI.search(sentence))  # round 52 (quotes52a): "hesab edir ki, …:"
    return _az_ki_subject(sentence[:m.start()], resolver) if m and sentence[:m.start()].strip() else None  # (r19)


def _reported_speech(body: str, resolver: Resolver) -> None:
    """'Opening the talks, the Head of State noted that …' / 'Nazir … bildirib ki, …': its subject becomes
    the last speaker."""
    if " that " in body and (m := INDIRECT.search(body)):
        if person := resolver.resolve(_speaker_phrase(m["spk"])):
            # round 41 (titles): reported speech chooses between two so titled as "According to X, …" does ("The
            # Toraga noted that …. “…,” the Speaker stressed": the Speaker who reported last, Resolver._en_one_titled)
            resolver.according_to = person.name
    elif "b ki" in body and (m := AZ_INDIRECT.search(body)):  # every AZ_VERBS verb ends in "b"
        _clause_subject(body[:m.start()], resolver)
    elif " ki" in body and (m := AZ_KI.search(body)):  # "hesab edir ki", "düşünür ki": opinion verbs too
        _clause_subject(body[:m.start()], resolver)
    elif (" said " in body or " says " in body) and (m := _INVERTED_SAID.search(body)):  # round 9
        resolver.resolve(m["spk"])
    elif ", что" in body and (m := RU_INDIRECT.search(body)):
        _ru_reported_subject(body[:m.start()], resolver)
    elif "на то, что" in body and (m := _RU_POINTS_TO_THAT.search(body)):  # round 29: "X обращает внимание на то, что"
        _ru_reported_subject(body[:m.start()], resolver)
    elif "ə" in body and "b." in body:  # round 24: Azerbaijani (ə) with a verb ending a sentence (every AZ_VERBS ends in b)
        _az_nominalised_report(body, resolver)
    elif "ğ" in body and _TR_NOMINALISED_GATE.search(body):  # round 27: Turkish "… -diğini söyledi."
        _tr_nominalised_report(body, resolver)
    elif "Как " in body and (m := _RU_AS_SAID_REPORT.search(body)):  # round 29: "Как отметил X, товарооборот …"
        resolver.resolve(_speaker_phrase(m["spk"]))
    elif " said " in body or " says " in body or " added " in body:  # round 34 (English quotes B): no "that"
        _en_bare_reported_subject(body, resolver)
    elif "said, " in body or "says, " in body or " told " in body:  # round 39 (English quotes B): "…, X said, compared …"
        _en_said_inside_subject(body, resolver)
    elif "According to " in body:
        _en_according_sentence_subject(body, resolver)


_SHORT_LEAD_MARKS = frozenset('"“')
# a quote of one to three words opening the paragraph, then its attribution ending the sentence (read by
# AFTER_SPEAKER_VERB): '“Non-tariff barriers,” Shakkaliyev replied. '
_SHORT_LEAD = re.compile(r'["“](?P<lead>[^"“”\n]{1,40})["”]')


def _short_answer_speaker(before: str, earlier: str, resolver: Resolver) -> Person | None:
    """An interview's short answer and its speaker, then the rest of the answer as a quote of its own with no attribution:
    '“Non-tariff barriers,” Shakkaliyev replied. “Certificates, veterinary rules, queues at the border.”' (the short
    answer, under MIN_WORDS, is no quote; the next one is his). Not when more than the attribution's sentence stands
    between ('“Never,” X said. Y disagreed. “…”' is no one's for sure)."""
    if not (lead := _SHORT_LEAD.match(before)) or _words(lead["lead"]) >= MIN_WORDS:
        return None
    attribution = before[lead.end():]  # (AFTER_SPEAKER_VERB is anchored with "^")
    m = AFTER_SPEAKER_VERB.match(attribution)
    if m is None or attribution[m.end():].strip() != ".":
        return None
    return _surname_speaker(_speaker_phrase(m["spk"]), earlier, resolver)


def _en_according_sentence_subject(body: str, resolver: Resolver) -> None:
    """A sentence of running text opening "According to X, …" is X's reported speech: X becomes the last speaker, whom
    a later bare title means ("The speakers agreed …. According to Ismoilov, the parliaments will … .\n\n“…,” the
    Speaker said": Ismoilov, not the other Speaker who spoke before); a source ("According to the State Statistics
    Committee, …") is no one (_en_according_subject)."""
    for sentence in _QUOTE_SENTENCE_BREAK.split(body.strip()):
        if sentence.startswith("According to ") and _en_according_subject(sentence, resolver) and resolver.last_speaker:
            resolver.according_to = resolver.last_speaker.name


# Round 9 (Russian): reported speech "X заявил, что …" in running text makes X the last speaker, whom a later
# "«…», – сказал он" means; X is the words between the sentence's last comma (after opening phrases: "Ранее,
# выступая на брифинге в Астане, вице-премьер – министр … Серик Жумангарин заявил, что") and the verb, else
# its start ("Али Асадов, в свою очередь, отметил, что")
RU_INDIRECT = re.compile(rf"\s(?:{RU_VERBS}),\s+что\b")


def _ru_reported_subject(before: str, resolver: Resolver) -> None:
    sentence = _SENTENCE_BREAK.split(before)[-1]
    for phrase in (sentence.rsplit(",", 1)[-1], sentence.split(",", 1)[0]):
        if phrase.strip() and resolver.resolve(_speaker_phrase(phrase)):
            return
    if sentence.rstrip().endswith(" и") and (first := _RU_FIRST_VERB_AND.match(sentence)):
        resolver.resolve(first["spk"])  # round 48: "Глава таджикского правительства поблагодарил … и отметил, что"


# Round 48: the reporting verb the second of two joined by "и", the subject before the first ("Глава таджикского
# правительства поблагодарил казахстанскую сторону … и отметил, что …"): the words before the first past verb, which
# may be a bare title of a state's office (no comma between: a clause of its own is no subject)
_RU_FIRST_VERB_AND = re.compile(r"(?P<spk>[А-ЯЁ][^,]{2,80}?)\s+(?=[а-яё]+[аяиеуы]л(?:а|и|ся|ась|ись)?\s)[^,]*\sи\s*$")


# A wire story's credit line, dash-led at its end ("— With assistance from …", "— Additional reporting by …",
# "— Editing by …"): the newsroom's staff, not a line of dialogue; round 31: also the credit that names the reporter
# first ("— CNBC's Dan Murphy contributed to this report.", "— Jane Doe contributed reporting from Almaty.")
_CREDIT_LINE = re.compile(r"(?:with (?:assistance|reporting|help) from|(?:additional )?reporting by|editing by|"
                          r"written by|edited by|compiled by|"
                          r"[^.\n]{0,80}?\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|"
                          r"(?:additional\s+)?reporting))\b", re.I)


# Round 78 (credit78): a magazine's credit line under a quote set off as a paragraph of its own: a dash, the speaker's
# name and his title, no verb ("“…”" / "— X Y, Speaker of the National Assembly of Hungary", dev/1224). It is no
# quote, and the quote paragraph right above it is that person's (_credit_line_speaker). The title must open with a
# title's word within its first words ("Hungary's foreign minister", "chairman of the … friendship group"), so a
# dialogue line addressing someone ("— Mr President, the talks …") or a reporter's byline ("— X Y, Budapest") is none;
# such a line is no quote wherever it stands (_unmarked_paragraph), it credits only a whole quote paragraph above it.
_PERSON_CREDIT_LINE = re.compile(
    rf"[-–—―]\s*(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+(?:(?:{NAME_PARTICLES})\s+){{0,2}}[{CAPITALS}][\w'’\-]+){{1,3}}),"
    r"\s+(?P<title>[^,.;:!?“”\"«»„\n]{3,140}?)\.?")  # (no comma: "— X Y, the first president, was …" is words)
_CREDIT_TITLE_HEAD = re.compile(r"\b(?:" + "|".join((*_APPOSITIVE_TITLES, "speaker", "chair", "president", "head",
                                                     "secretary", "member", "deputy", "professor", "analyst",
                                                     "economist", "researcher", "fellow", "founder", "ceo",
                                                     "executive", "expert", "lecturer")) + r")\b", re.I)


def _person_credit_line(body: str, resolver: Resolver) -> Person | None:
    """The person a credit line ("— X Y, Speaker of …", the paragraph `body` stripped) names, else None; his title's
    head among its first words and no verb of saying in it ("— X Y, the minister, said so" is a dash line of words)."""
    if not (m := _PERSON_CREDIT_LINE.fullmatch(body)) or not _CREDIT_TITLE_HEAD.search(m["title"], 0, 50) \
            or _SPEECH_WORD.search(m["title"]):
        return None
    person = resolver.resolve(m["name"], speaking=False)
    return person if person is not None and person.rule in ("name", "unlisted name") else None


def _credit_line_speaker(text: str, paras, starts, para_end: int, resolver: Resolver) -> Person | None:
    """Round 78 (credit78): the person the credit line right under a whole-paragraph quote names (_PERSON_CREDIT_LINE),
    made the last speaker; None when the next paragraph is no such line."""
    k = bisect_right(starts, para_end)
    if k >= len(paras) or text[paras[k][0]:paras[k][0] + 1] not in "-–—―":  # a cheap gate: the next one a dash line
        return None
    person = _person_credit_line(text[paras[k][0]:paras[k][1]].strip(), resolver)
    return resolver.resolve(person.name) if person is not None else None


def _all_capitals(paragraph: str) -> bool:
    """Is a paragraph of three words or more written in capitals only? Outlets set subheadings so ("BAYRAMOV: ORTA
    KORİDOR HER İKİ ÜLKE İÇİN STRATEJİK", "ERDOĞAN: TİCARET REKOR KIRDI"): an editor's summary, not the verbatim
    words of whom it names, which a subheading in running case ("Aliyev: …") may be."""
    return not any(ch.islower() for ch in paragraph) and sum(w[0].isalpha() for w in _WORD.findall(paragraph)) >= 3


def _unmarked_paragraph(text: str, a: int, b: int, resolver: Resolver, found: list[Found], paras, *,
                        headline: bool = False, label: Person | None = None) -> Found | Person | None:
    """A quote in a paragraph without quote marks, or the Person of a label paragraph ("Ilham Aliyev:")
    whose words are the next paragraph (`label` there), or None."""
    body = text[a:b]
    if _all_capitals(body):  # round 14: an editor's heading ("BAYRAMOV: ORTA KORİDOR … STRATEJİK"), no one's words
        return None
    if label is not None:  # the paragraph after "President Ilham Aliyev:" is what he said, dash or not
        m = DASH.match(body)
        start = a + (m.start("body") if m else len(body) - len(body.lstrip()))
        words = _clean(text[start:b])
        if _words(words) >= MIN_WORDS:
            resolver.last_speaker = label
            return Found([(start, b)], (a, b), words, label, "transcript")
    if body[:2].isupper() and (turn := _stenogram_turn(text, a, b, resolver)):
        return turn  # round 73 (stenogram73): "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. …", "ДЕПУТАТ СМАГУЛОВ Е.К. …"
    if ":" in body and not headline:
        if body[:1] in _QA_ANSWER_INITIALS and (answer := _qa_answer(text, paras, a, b, resolver)):  # round 16b
            return answer
        if body[:1] == "G" and (answer := _podcast_guest_answer(text, paras, a, b, resolver)):  # round 68
            return answer
        if "?" in body and (answer := _transcript_answer(text, a, b, resolver)):  # round 10
            return answer
        # a headline "Szijjártó: Hungary wants to buy more gas" sums up (the article's first paragraph)
        m = TRANSCRIPT.match(body)
        if m is None and _ru_capital(body[:1]) and (ru := _RU_TRANSCRIPT.match(body)) and _labelled(ru["spk"]) \
                and len(paras) > 2 and a > paras[1][0]:
            m = ru  # round 51 (quotes_gaps51): "Джейхун Байрамов: …", a known office holder's label (not the lead)
        if m is None and _ru_capital(body[:1]) and (surnamed := _RU_SURNAME_LABEL_LINE.match(body)) \
                and (answered := _ru_surname_label_answer(surnamed, text, paras, a, resolver)):  # round 68
            return Found([(a + surnamed.start("q"), b)], (a, b), _clean(surnamed["q"]), answered, "transcript")
        if body[1:2] == "." and (initialled := _INITIAL_LABEL_LINE.match(body)) \
                and (answered := _initial_label_answer(initialled, text, paras, a, resolver)):  # round 55
            return Found([(a + initialled.start("q"), b)], (a, b), _clean(initialled["q"]), answered, "transcript")
        if body[1:2].isupper() and (caps := _CAPS_LABEL_LINE.match(body)) and _words(caps["q"]) >= MIN_WORDS \
                and (answered := _caps_label_answer(caps, text, paras, a, resolver)):  # round 60: "ÖMER BOLAT: …"
            return Found([(a + caps.start("q"), b)], (a, b), _clean(caps["q"]), answered, "transcript")
        if "/" in body[:80] and body[1:2].isupper() and (caption := _CAPTION_LABEL_LINE.match(body)) \
                and _words(caption["q"]) >= MIN_WORDS \
                and (answered := _caption_label_answer(caption, text[:a], resolver)):  # round 77: "X Y / TÜCCAR: …"
            resolver.last_speaker = answered
            return Found([(a + caption.start("q"), b)], (a, b), _clean(caption["q"]), answered, "transcript")
        subheading = _unmarked_subheading(text, paras, a, b)  # round 24: "Aliyev: …" with no stop, no quote
        answered = None  # the person of an answer's surname label (_en_interview_answer), as written or in capitals
        if m and not subheading \
                and (_labelled(m["spk"]) or _en_interviewee_label(m, text[:a])
                  or (answered := _en_interview_answer(m, text, paras, a, resolver))  # round 19: "Rustamov: …"
                  or (answered := _en_initials_answer(m, text, paras, a, resolver))  # round 49: "JK: …"
                  or (answered := _running_label_answer(m, text, paras, a, resolver))  # round 64: "Ulutaş: …"
                  or (answered := _soundbite_label_answer(m, text[:a], resolver))):  # round 69: "X Y (SES): …"
            person = resolver.resolve(m["spk"]) or (resolver.resolve(answered.name) if answered else None)
            if person and _words(m["q"]) < MIN_WORDS:  # round 57 (quotesaztr57): "X: Mən təşəkkür edirəm." no quote
                return None
            if person:
                start = a + m.start("q") + len(m["q"]) - len(q := _LEADING_DASH.sub("", m["q"]))
                return Found([(start, b)], (a, b), _clean(q), person, "transcript")
        if not subheading and (body[:1].isupper() or body[:1] in _OTHER_LABEL_INITIALS) \
                and (turn := _labelled_turn_answer(text, paras, a, b, resolver)):
            return turn  # round 51: "Жээнбек Кулубаев: …" after "«Азаттык»: …?"
        m = LABEL.match(body.strip())
        if m and _labelled(m["spk"]):
            return resolver.resolve(m["spk"])
        if (titled := _titled_label_paragraph(text, a, b, resolver)) is not None \
                and not (subheading and isinstance(titled, Found)):  # (round 24: "President Aliyev: …" a subheading)
            return titled  # round 16: "Marat Karabayev, Minister of Transport of Kazakhstan:" (/ "– …")
        if body.rstrip().endswith(":") and (labelled := _ru_label_paragraph(body.strip(), resolver)) is not None:
            return labelled  # round 20: "Глава ассоциации экспортеров X Y:", "Вот что рассказал X Y:"
    m = DASH.match(body)
    if not m or _CREDIT_LINE.match(m["body"]):
        return None
    if m["body"][:1].isupper() and _person_credit_line(body.strip(), resolver):
        return None  # round 78 (credit78): "— X Y, Speaker of …", a credit line (of the quote above it), no quote
    # round 18: a dash line interrupted by its attribution, "– Для региона такие саммиты – прежде всего витрина, –
    # говорит политолог X Y. – Реальная повестка пока отстаёт …", is two quotes of X Y, as «…, — отметил X. — …» in
    # quote marks; a dash inside the words ("саммиты – прежде всего") is no attribution's and stays in the quote
    if split := _ru_interrupted(text, (a + m.start("body"), b), (a, b), resolver):
        return [Found(each.pieces, each.outer, each.text, each.speaker, "dash-led") for each in split]
    parts = _DASH_BREAK.split(m["body"].strip())
    quoted, speaker, occupation, unnamed = [], None, False, False
    kept = []  # round 26: the indices of the quoted parts (_dash_line_words)
    for k, part in enumerate(parts):
        attribution = _DASH_ATTRIBUTION.fullmatch(_ru_dash_tail(_az_dash_outlet_cut(part.strip())))
        if attribution:
            phrase = _ru_past_with_whom(_speaker_phrase(attribution["spk"] or attribution["spk2"]
                                                        or attribution["spk3"] or attribution["spk4"]
                                                        or attribution["spk5"]))
            # (round 44: an Azerbaijani title chain's name, "deyə Komitənin … idarəsinin rəisi X Y")
            speaker = resolver.resolve(_az_name_after_title_chain(phrase) or phrase)
            if speaker is None and (attribution["spk4"] or attribution["spk3"]) and "." in phrase[:3]:
                # round 51 (quotes51b): "– …, – deyə Z.Fərəcov bildirib." after "… başçısı Zakir Fərəcov", as
                # after a quote in marks (round 49); Russian "— сказал Н. Килыбай." too
                speaker = initial_named_in_full(text[:a], phrase, resolver)
            if speaker is None and _ru_capital(phrase[:1]):  # round 42: "— сказал Гелдимырадов." after his full name
                speaker = _ru_surname_named_before(phrase, text[:a], resolver)
            if speaker is None and attribution["spk3"] and "а" <= phrase[:1] <= "я":
                # round 47: "— …, — подчеркнул глава кыргызского правительства на совместной пресс-конференции.": the
                # title before the occasion, as after a quote in marks (round 28)
                speaker = _ru_title_before_occasion(phrase, resolver)
            if speaker is None and phrase[:1].islower() \
                    and (bare := _az_title_before_more_words(phrase) or phrase) in _AZ_BARE_OFFICE_TITLES \
                    and not _title_fits(bare, resolver.last_speaker):
                # round 44: "– …, – deyə nazir görüşdən sonra … deyib." after a president's words: the one the text
                # titled "nazir" before, not the last speaker whom the title does not fit
                speaker = _az_bare_title_named_before(bare, text[:a], resolver)
            if speaker is None and phrase[:1].islower() \
                    and (short := _AZ_SHORT_TITLE_BEFORE_OCCASION.fullmatch(phrase)):
                speaker = _az_short_title_named_before(short["title"], text[:a], resolver)  # round 48 (quotes, other)
            if speaker is None and "nazir" in phrase and (attribution["spk4"] or attribution["spk5"]):  # round 54
                speaker = _az_state_minister_named_before(phrase, text[:a], resolver)
            if speaker is None and (told := _ru_told_part(part.strip())):  # round 20: "— поделился с журналистами X Y."
                speaker = resolver.resolve(told)
            if speaker is None and phrase[:1] in "ахг" and (head := ru_region_head_said(phrase, text[:a])):
                # round 61 (quotesru61): "— отметил аким." after a deputy minister; round 65 (quotes65): "— сказал
                # аким области." after a hokim and an akim were named
                speaker = resolver.resolve(head)
            if speaker is None and phrase[:1] in "махг":  # round 63 (quotesru63): "— сказал мэр Денизли."
                speaker = _ru_place_head_named_before(phrase, text[:a], resolver)
            if speaker is None and phrase[:1] in "зг":  # round 68 (forum68b): "— сказал глава правительства X."
                speaker = _ru_short_title_named_before(phrase, text[:a], resolver)
            occupation = _RU_OCCUPATION_PART.match(part.strip()) is not None  # round 15: "— пояснил эксперт."
            unnamed = speaker is None and _RU_UNNAMED_PERSON.match(phrase) is not None  # round 20
        elif (told := _ru_told_part(part.strip())) is not None:  # round 20: "— рассказал Forbes.kz председатель … X Y."
            speaker, occupation = resolver.resolve(told), _RU_OCCUPATION_PART.match(part.strip()) is not None
            unnamed = speaker is None
        else:
            quoted.append(part)
            kept.append(k)
    words = _clean(_dash_line_words(m["body"].strip(), parts, kept))
    en_tail = _en_dash_said_tail(words) if speaker is None and len(parts) == 1 else None
    if en_tail is not None:  # round 36: "- …, the head of state said."
        speaker, words = resolver.resolve(en_tail["spk"] or en_tail["spk2"]), words[:en_tail.start() + 1]
    if _words(words) < MIN_WORDS:
        return None
    if unnamed and not occupation:
        return None  # round 20: the attribution names someone nobody can name ("— рассказал Forbes.kz источник в
        # правительстве.", "— сказал один из участников"), not the last speaker (a bare title, "— подчеркнул
        # премьер.", still means the last one)
    if speaker is None and occupation:  # round 27: "— …, — пояснил эксперт. — …" under a paragraph naming the expert
        speaker = _ru_dash_occupation_lead(text, paras, a, resolver)
    if speaker is None:
        speaker = _colon_lead_speaker(text, a, resolver)
    if speaker is None and _dash_list_item(text, paras, a, resolver):
        return None  # round 45: a list under "Trade with other states (preliminary data):", nobody's words
    if speaker is None:
        prev = found[-1] if found else None
        # a line of dialogue right after "X said:" or another line: the same speaker
        speaker = resolver.resolve("he") if prev or resolver.last_speaker else None
    if speaker is None:  # a dash-led line nobody is said to speak is a list item, not a quote
        return None
    if occupation and officeholders.by_name(speaker.name):
        return None  # round 15: an expert is no office holder ("Президент … считает, что …" before "— …, — пояснил эксперт.")
    start = a + m.start("body")
    if len(kept) >= 2 and len(parts) - len(kept) == 1 and (split := _split_for(text, (start, b), (a, b), speaker)):
        return split  # round 27: the line's one attribution breaks it in two, "— …, — пояснил эксперт. — …"
    if len(kept) >= 2 and len(parts) - len(kept) == 1 and "deyə" in m["body"] \
            and (split := _split_for(text, (start, b), (a, b), speaker, _AZ_INTERRUPTION)):
        return split  # round 55: "– …, – deyə X Y bildirib. – …", two quotes of X Y
    if en_tail is not None and (comma := text.rfind(en_tail.group(0).rstrip(), start, b)) > start:
        return Found([(start, comma + 1)], (a, b), words, speaker, "dash-led")  # the piece ends with the comma
    return Found([(start, b)], (a, b), words, speaker, "dash-led")


# Round 9 (Russian): a sentence opening with a title, its body in lower-case genitives and a full name,
# then a past-tense verb, ending in a colon: "Эксперт алматинского Центра … Аскар Нурланов так оценил итоги
# визита:", "Политолог Ерлан Карин прокомментировал решение:" (SUBJECT wants capitals all through)
RU_TITLED_COLON = re.compile(r"^(?P<spk>[А-ЯЁ][^,:;«»“”\"]{0,80}?[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+)"
                             r"\s+(?:(?:так|также|затем|тогда)\s+)?[а-яё]+(?:л|ла)\b(?P<rest>[^:«»“”\"]{0,120}):\s*$")


# Round 74 (oped74): a lower-case title of a state's leader as the subject of a sentence ending in a verb of saying and
# a colon, after an opening adverbial ("Вечером, на приеме …, туркменский лидер подошел ко мне и, улыбаясь, сказал:",
# dev/1179; "После ужина казахский президент … ответил:")
_RU_STATE_LEADER_SAID_COLON = re.compile(r"(?<![\w\-])(?P<spk>[а-яё]+(?:ий|ый)\s+(?:лидер|президент))\s"
                                         r"[^.:;«»“”\"]{0,100}?\b(?:сказал|заявил|произн[её]с|ответил|добавил)\s*:\s*$")


def _ru_titled_colon(tail: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(tail.rstrip())[-1]
    if (m := RU_TITLED_COLON.match(sentence)) and _plain_object(m["rest"], resolver):
        return resolver.resolve(m["spk"])
    if ("лидер" in sentence or "президент" in sentence) and (m := _RU_STATE_LEADER_SAID_COLON.search(sentence)):
        return resolver.resolve(m["spk"])  # round 74 (oped74)
    return _ru_said_that_where(sentence, resolver, _RU_WHERE_SAID_COLON)  # round 19: "X Y в интервью Z заявил:"


# Round 9 (Azerbaijani): "deyə" before a two-word verb ("– deyə ekspert qeyd edib", "əlavə edib"), which
# AZ_DEYE (one -ıb word) reads as part of the speaker
AZ_DEYE_VERB = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*deyə\s+(?P<spk>(?:{_INITIAL_DOT}|[^.;:!?«»“”\"]){{1,80}}?)\s+(?:{AZ_VERBS})\b")
# a bare Azerbaijani title after a quote ('«…», – deyə ekspert qeyd edib'): a sentence of running text before
# the quote in its paragraph that ends in an -ıb verb ("Politoloq Rauf Qəniyev Haqqin.az-a açıqlamasında …
# diqqət çəkib.") is about that person, who becomes the one the title means
# (round 20: or the pronoun "o" after "deyə", '“…”, - deyə o vurğulayıb' under a lead naming the one it means)
_AZ_TITLE_ANAPHOR = re.compile(r"\b(?:ekspert|iqtisadçı|analitik|politoloq|nazir|səfir|sədr|sədri|heyətinin"  # r15: heyət
                               r"|direktor|sahibkar|deputat|jurnalist)\b"  # round 19 (people._TURKIC_BARE_OCCUPATIONS)
                               r"|\bdiplomat\b"  # round 33: '– deyə diplomat bildirib' (the ambassador the lead names)
                               r"|\bakim\b"  # round 39: '– deyə akim bildirib' (the region's governor the lead names)
                               r"|\bnümayəndə\b"  # round 40: '– deyə xüsusi nümayəndə bildirib' (the envoy the lead names)
                               r"|\bhəmsədri?\b"  # round 71 (quotes71a): '– deyə tacik həmsədr əlavə edib' (dev/1137)
                               r"|\bdeyə\s+o\s")
_AZ_PAST_END = re.compile(r"\w(?:ıb|ib|ub|üb|ır|ir|ur|ür)\s*[.:]$")  # round 11: or present ("… əlaqələndirir.")
# (round 42: or a lead ending in a colon before the words, 'X Y forumda … danışıb: “…”, – deyə o qeyd edib': X Y)


_AZ_FIRST_SENTENCE_VERB = re.compile(r"\w(?:ıb|ib|ub|üb|ır|ir|ur|ür)\s*\.?$")  # round 25: a split sentence has no "."
_AZ_PRONOUN_OPENING = re.compile(r"O,?\s+[a-zəıöüşçğ]"
                                 # round 25: or "according to him" ("Onun sözlərinə görə, … çata bilər.")
                                 r"|Onun\s+(?:sözlərinə\s+görə|fikrincə|dediyinə\s+görə)")


# A later sentence of the lead that opens with a place's office-holder's title and a verb of saying ("Yerbolat
# Dosayev isə … qiymətləndirib. Almatı akimi vurğulayıb ki, …": the akim of Almaty), the title naming nobody the
# resolver knows: it is the first sentence's subject again, as "O, …" is
_AZ_TITLE_SAID_OPENING = re.compile(rf"(?P<title>[{CAPITALS}][\w'’\-]*\s+"
                                    r"(?:akimi|hakimi|meri|qubernatoru|başçısı|rəhbəri))\s+"
                                    rf"(?:{AZ_VERBS})\s+ki\b")


def _az_title_naming_nobody_else(sentence: str, resolver: Resolver) -> bool:
    return ("ki" in sentence and (m := _AZ_TITLE_SAID_OPENING.match(sentence)) is not None
            and resolver.resolve(m["title"], speaking=False) is None)


# Round 47: the subject's reported words may go on over sentences that name no one ('Çıxışında X Y … vurğulayıb. Nazir
# bildirib ki, … təşkil edib. Cari ilin … çatıb. Energetika məhsulları … olub.' over '– …, – deyə nazir bildirib.'):
# the bare title fitting the first sentence's subject and the figures after it are still his, so the lead is about him
# (another minister named a paragraph before is no one this paragraph speaks of)
_AZ_BARE_TITLE_KI = re.compile(rf"(?P<title>[{CAPITALS}][a-zəıöüşçğ]+)\s+(?:isə\s+|da\s+|də\s+)?(?:{AZ_VERBS})\s+ki\b")


def _az_reported_goes_on(sentences: list[str], resolver: Resolver) -> Person | None:
    """The first sentence's subject when the second opens with a bare title fitting him and "ki" and the rest name no
    one, else None."""
    if len(sentences) < 2 or not (m := _AZ_BARE_TITLE_KI.match(sentences[1])):
        return None
    person = _clause_subject(sentences[0], resolver, speaking=False)
    if person is None or person.rule == "anaphor":
        return None
    # (an unlisted name read without its title, "Pərviz Şahbazov", may hold any title but a president's)
    if not (_title_fits(m["title"], person, sentences[0]) or (person.rule == "unlisted name" and not person.role
                                                              and m["title"].lower() not in _PRESIDENT_TITLES)):
        return None
    return person if all(resolver.resolve(s, speaking=False) is None for s in sentences[2:]) else None


# Round 52 (quotes52a): the name of an event or body in quote marks before its noun in the lead paragraph ("Bakıda
# keçirilən «…» konfransında …", "«…» forumunda", "«…» şirkətinin direktoru X Y … deyib.") is no quote of anyone, so
# the lead's subject still becomes the one a dash line's "o bildirib" or bare title means
_AZ_EVENT_NAME_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]{1,80}[”\"»“](?=\s+(?:konfrans|forum|sammit|sərgi|festival|"
                                   r"şirkət|assosiasiya|layihə|proqram|qəzet|jurnal|mərkəz|fond)\w*)")


# Round 54 (quotesaz): the paragraph before a quote said "deyə o əlavə edib" may be a dash line ("– Orta Dəhlizdə …, –
# deyə X Y qeyd edir."): its speaker is the last speaker already, and its opening words, a place in the locative, are no
# subject to read
_LEAD_DASHES = frozenset("-–—")
_AZ_DASH_LINE_SAID = re.compile(r",\s*[-–—]\s*deyə\s")


# Round 55 (quotesaz55): a lead sentence opening with a surname and a verb of saying before "ki" ("Rzayeva xatırladır
# ki, Prezident X Y-un … yaradılıb.") is that person's reported speech: the name in the clause after "ki" (a genitive,
# an object) is no subject
_AZ_SURNAME_SAYS_KI = re.compile(rf"(?P<spk>[{CAPITALS}][a-zəıöüşçğ'’\-]+)\s+(?:isə\s+|da\s+|də\s+)?"
                                 r"(?:qeyd\s+|hesab\s+|əlavə\s+)?[a-zəıöüşçğ]+(?:ır|ir|ur|ür|ıb|ib|ub|üb)\s+ki\b")


def _az_lead_sentence(before: str, resolver: Resolver) -> None:
    body = before.strip()
    if body[:1] in _LEAD_DASHES and _AZ_DASH_LINE_SAID.search(body):
        return  # round 54 (quotesaz): a dash line with its attribution is words, no running text (its speaker stays)
    if body and _QUOTE_MARK.search(body) and _AZ_EVENT_NAME_QUOTED.search(body):
        body = _AZ_EVENT_NAME_QUOTED.sub(" ", body)  # round 52 (quotes52a): '«…» konfransında', a name no quote
    if not body or (_QUOTE_MARK.search(body) and _QUOTE_MARK.search(body := _without_short_quoted_terms(body))):
        return  # (round 27: a company's name in quote marks is no quote, '"Caspian Agro" şirkətinin direktoru X Y')
    sentences = _SENTENCE_BREAK.split(body)
    # round 15: 'X isə çıxışında … diqqət yetirib. O deyib ki, … çatıb. “…”, – deyə … rəhbəri bildirib': the later
    # sentences opening with "O" (he) are about the lead's subject, not whoever spoke last
    about_him = len(sentences) > 1 and all(_AZ_PRONOUN_OPENING.match(s) or _az_title_naming_nobody_else(s, resolver)
                                           for s in sentences[1:])
    if not about_him and (person := _az_reported_goes_on(sentences, resolver)) is not None:
        resolver.resolve(person.name)  # round 47
        return
    if not _AZ_PAST_END.search(body):
        # round 25: the last sentence may then be his reported words in any tense ("Onun sözlərinə görə, … çata
        # bilər."), when the first ends in the subject's verb
        if not (about_him and _AZ_FIRST_SENTENCE_VERB.search(sentences[0])):
            return
    if about_him and (person := _clause_subject(sentences[0], resolver, speaking=False)) and person.rule != "anaphor":
        resolver.resolve(person.name)
        return
    if " ki" in sentences[-1] and (said := _AZ_SURNAME_SAYS_KI.match(sentences[-1])) \
            and (person := resolver.resolve(said["spk"], speaking=False)) and person.rule in ("name", "unlisted name"):
        resolver.resolve(person.name)  # round 55: "Rzayeva xatırladır ki, Prezident X Y-un …": Rzayeva, not X Y
        return
    _clause_subject(body, resolver)


# Round 9: a dash line with no attribution of its own under a paragraph that ends in a colon: that
# paragraph's subject, by the rules a quote after a colon follows ("… sualını cavablandıran Ceyhun Bayramov
# bildirib:", "Эксперт … Аскар Нурланов так оценил итоги визита:"), not whoever spoke last
def _colon_lead_speaker(text: str, a: int, resolver: Resolver) -> Person | None:
    lead_end = len(text[:a].rstrip())
    if not text[:lead_end].endswith(":"):
        return None
    lead = text[text.rfind("\n", 0, lead_end) + 1:lead_end]
    return _attribute("", lead, text, a, [], resolver)[0]


# Round 45 (q-int): a list set as dash lines under a lead that ends in a colon and says no one speaks ("Trade with
# the other states in January–May (preliminary data):" / "– Uzbekistan: $1,842.6 million (+9.5%);" / "– Türkiye: …;")
# holds items, nobody's words: not the last speaker's lines of dialogue. A lead that names its speaker
# (_colon_lead_speaker) or holds a verb of saying ("He added:", "Министр отметил:") still gives the lines a speaker,
# so does a single line or a run that does not look like a list (_LABELLED_ITEM), and a run holding a question line
# is an interview's.
_SAYING_VERB = re.compile(rf"\b(?:{AFTER_VERBS}|{OTHER_VERBS}|{TR_VERBS})\b")
# A list's look: at least two items, each but the last ending in ";" or ",", or each opening with a short label and
# its colon ("– Uzbekistan: …", "– пшеница: …")
_LABELLED_ITEM = re.compile(r"[-–—]\s*[^:.!?;«»“”\"]{1,40}:\s")
# "states" and "notes" are plural nouns too ("Trade with other Turkic states …:"): a verb only after a pronoun ("She
# notes:"); a body's "The Committee notes:" is nobody's anyway
_PLURAL_NOUN_VERB = re.compile(r"states|notes")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|He|She)\s+$")


# Round 69 (timeline69): a timeline, each item a line (or paragraph) of a bullet, a date or period and a dash, "- April
# 2026 — opening of the Turkmen trade house in Baku", "- Second half of 2026 — X expected in Ashgabat", "- 2027 —
# decision on …" (dev/1114's "What comes next", two items at least): nobody's words, whatever the paragraph before.
_DATED_ITEM = re.compile(r"[-–—•]\s*[^\n:–—]{0,30}?\b(?:19|20)\d\d\s*[–—-]\s")


def _dated_items(items: list[str]) -> bool:
    """Are the lines of the dash paragraphs `items` two at least, each a dated item (_DATED_ITEM)?"""
    lines = [line.strip() for item in items for line in item.split("\n") if line.strip()]
    return len(lines) >= 2 and all(_DATED_ITEM.match(line) for line in lines)


def _dash_list_item(text: str, paras, a: int, resolver: Resolver) -> bool:
    """Is the dash line at `a` an item of a list-like run of dash lines under a colon lead that names no speaker?"""
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    first = index
    while first > 0 and DASH.match(line := text[slice(*paras[first - 1])].strip()):
        if _question_line(line):
            return False
        first -= 1
    if first == 0 or _question_line(text[slice(*paras[index])]):
        return False
    last = index
    while last + 1 < len(paras) and DASH.match(text[slice(*paras[last + 1])].strip()):
        last += 1
    items = [text[slice(*paras[k])].strip() for k in range(first, last + 1)]
    if _dated_items(items):
        return True  # round 69: a timeline's items, "- April 2026 — opening of …", whatever its lead
    if len(items) < 2 or not (all(item.endswith((";", ",")) for item in items[:-1])
                              or all(_LABELLED_ITEM.match(item) for item in items)):
        return False  # one line under "O, … əlaqələndirib:" is the lead's speaker's, whatever the verb
    lead = text[slice(*paras[first - 1])].rstrip()
    if not lead.endswith(":"):
        return False
    if any(not _PLURAL_NOUN_VERB.fullmatch(m.group(0)) or _PRONOUN_BEFORE.search(lead, 0, m.start())
           for m in _SAYING_VERB.finditer(lead)):
        return False  # a verb of saying ("He added:", "Министр отметил:")
        return False
    return _colon_lead_speaker(text, paras[first][0], resolver) is None


# Round 20: a Russian label paragraph over the words, as Kazakh and Kyrgyz outlets set a speaker's line of speech:
# a title and a full name ("Глава ассоциации экспортеров X Y:", "Министр торговли Казахстана X Y:", "Председатель
# правления X Y:"), the name and its title after a comma ("X Y, глава ассоциации:"), or "Вот что рассказал X
# Y:" / "Об этом рассказал X Y:" (the verb before its subject). The title holds no past-tense verb ("Делегацию
# возглавил X Y:" is a sentence), a name without a title must be an office holder's, and the name must resolve; the
# next paragraph is then that person's (`label`).
_RU_LABEL = re.compile(r"(?P<title>(?:[А-ЯЁа-яё\-]+\s+){0,8}?)"
                       r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё\-]+)(?P<after>,[^:«»]{1,80})?\s*:")
_RU_LABEL_VERB_FIRST = re.compile(rf"(?:Вот\s+что|Об\s+этом|Так)\s+(?:{RU_VERBS})\s+(?P<spk>[^.;:!?«»“”\"]{{1,120}}?)\s*:")
_PAST_TENSE = re.compile(r"[аеиыя](?:л|ла|ли|ло|лся|лась|лись)$")  # ("возглавил", not "торговли" nor "Посол")
# The title's first word is a person's (in the nominative): "Итоги встречи Ильхама Алиева:", "Программа визита X:"
# name a person in the genitive over a list, not a speaker
_RU_LABEL_TITLES = frozenset({
    "министр", "вице-министр", "замминистра", "премьер-министр", "вице-премьер", "премьер", "президент",
    "вице-президент", "посол", "председатель", "сопредседатель", "заместитель", "первый", "глава", "замглавы",
    "советник", "директор", "генеральный", "исполнительный", "управляющий", "руководитель", "представитель",
    "пресс-секретарь", "аким", "хоким", "мэр", "губернатор", "торага", "спикер", "депутат", "член", "эксперт",
    "экономист", "аналитик", "политолог", "социолог", "историк", "востоковед", "профессор", "ведущий", "старший",
    "основатель", "партнер", "партнёр", "юрист", "финансист", "предприниматель", "бизнесмен", "фермер", "инвестор",
    "банкир", "трейдер"})


def _ru_label_paragraph(body: str, resolver: Resolver) -> Person | None:
    if not ("А" <= body[:1] <= "Я" or body[:1] == "Ё") or len(body) > 200:  # a cheap gate: a short capitalised line
        return None
    if m := _RU_LABEL_VERB_FIRST.fullmatch(body):
        return resolver.resolve(_after_last_term(m["spk"]))
    if not (m := _RU_LABEL.fullmatch(body)) or (m["title"] and m["after"]) \
            or not (m["title"] or m["after"] or officeholders.by_name(m["name"])):
        return None  # (a bare pair of capitalised words, "Город Алматы:", may be a subheading's)
    if any(_PAST_TENSE.search(word) for word in _WORD.findall(m["title"] + (m["after"] or ""))):
        return None
    opening = (m["title"] or (m["after"] or "").lstrip(", ")).split(maxsplit=1)
    if opening and opening[0].lower() not in _RU_LABEL_TITLES:
        return None
    return resolver.resolve(m["name"])


# Round 74 (misc74): a news flash's verbless label sentence before a quote, after a sentence of running text or the
# flash's time stamp: "11:35 Переговоры продолжились … . Эмомали Рахмон: «…»", "12:25 Министр экономики … Данияр
# Амангельдиев на полях переговоров: «…»", "13:05 Жапаров — журналистам после переговоров: «…»" (dev/1171). Where or
# to whom it was said (_RU_LABEL_OCCASION) is left out, then the label is read as _ru_label_paragraph reads a line of
# its own, or as a surname alone the resolver knows as a person's.
_RU_LABEL_OCCASION = re.compile(r"\s+(?:[—–]\s+)?(?:журналистам|корреспонденту|прессе|на\s+полях|после|в\s+ходе|"
                                r"в\s+интервью|на\s+брифинге|на\s+пресс-конференции)\b[^:;«»“”\"]{0,80}:$")
_RU_SURNAME_LABEL = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?:")


def _ru_label_sentence(own_before: str, resolver: Resolver) -> Person | None:
    """The speaker a Russian label sentence ending the quote's own paragraph names (_RU_LABEL_OCCASION); else None."""
    body = own_before.rstrip()
    if not ("а" <= body[-2:-1] <= "я" or body[-2:-1] == "ё" or "А" <= body[:1] <= "Я" or body[:1].isdigit()):
        return None  # a cheap gate: a Cyrillic word before the colon
    sentence = _QUOTE_SENTENCE_BREAK.split(body)[-1]
    if (stamp := _LIVE_STAMP.match(sentence)) is not None:
        sentence = sentence[stamp.end():].lstrip("–—- ")
    if len(sentence) > 160 or not ("А" <= sentence[:1] <= "Я" or sentence[:1] == "Ё") or "«" in sentence:
        return None
    label = _RU_LABEL_OCCASION.sub(":", sentence)
    if _RU_SURNAME_LABEL.fullmatch(label):
        person = resolver.resolve(label[:-1], speaking=False)
        return resolver.resolve(label[:-1]) if person is not None and person.rule != "unlisted name" else None
    return _ru_label_paragraph(label, resolver)


# --- Interviews (Russian and other dash-dialogue Q&A) ---
# "— Господин посол, как вы оцениваете …?" / "— Это один из …": an interview is laid out as dash lines, the
# interviewer's questions ending in "?" and the answers after them; the interviewee is named in the lead
# paragraph before the first question ("… побеседовал с Послом … Рустамом Назарзода."). A question is never
# a quote; an answer is the interviewee's (never the last speaker of the report before it).
# (round 12: a hyphenated given name keeps its second capital, "Касым-Жомарт Токаев")
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*){1,2}")


def _question_line(body: str) -> bool:
    """A dash line that asks ("— Какие проекты вы считаете приоритетными?"), with no attribution after it."""
    m = DASH.match(body.strip())
    if not m or not m["body"].rstrip().endswith("?"):
        return False
    parts = _DASH_BREAK.split(m["body"].strip())
    # round 60 (quotesazru60): a dash inside the question ("… с железной дорогой Казахстан – Туркменистан – Иран?")
    # is no attribution's: a part after the first that reads as one is
    return len(parts) == 1 or not any(_DASH_ATTRIBUTION.fullmatch(part.strip()) for part in parts[1:])


# Round 47: an interview laid out as dash lines ends with the interviewer's thanks, a dash line like the answers ("—
# Благодарим вас за интервью.", "– Спасибо за беседу!", "— Thank you for the interview."): his words, no quote of the
# interviewee's. A short line that thanks for the interview, the talk or the time only.
_INTERVIEWER_THANKS = re.compile(r"(?:(?:большое\s+)?спасибо|благодар(?:им|ю))\b[^.!?]{0,40}?"
                                 r"\b(?:за\s+(?:интервью|беседу|разговор|ответы|уделённое|уделенное|время)"
                                 r"|что\s+(?:уделили|нашли|согласились))"  # "Спасибо, что уделили нам время."
                                 r"|thank\s+you\b[^.!?]{0,40}?\b(?:for\s+(?:the\s+|this\s+|your\s+)?(?:interview|"
                                 r"conversation|time|answers|talking|speaking))"
                                 r"|(?:müsahibə|söhbət)\w*\s+üçün\s+(?:çox\s+)?təşəkkür"
                                 r"|(?:röportaj|söyleşi)\w*\s+için\s+(?:çok\s+)?teşekkür", re.I)
_THANKS_WORDS = 12  # a line longer than that says more than thanks (an answer that opens by thanking, say)


def _interviewer_thanks(body: str) -> bool:
    """Is the dash line `body` an interviewer's closing thanks ("— Благодарим вас за интервью.")?"""
    m = DASH.match(body.strip())
    return bool(m) and len(m["body"].split()) <= _THANKS_WORDS and _INTERVIEWER_THANKS.search(m["body"]) is not None


# Round 45: a whole run of capitalised words, its name the last two: "в Турецкой Республике Чынгыз Жумалиев" is four
# words, of which _CYRILLIC_NAME would read the first three as one name (the surname cut off)
_CYRILLIC_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)+")


# Round 56 (quotesru56): the outlet that held the interview in guillemets ("… Бауыржан Есенгельдиев в интервью
# «Деловому Баку» рассказал …") is a title, never the interviewee: the lead's names are read without it.
_LEAD_MARKED = re.compile(r"«[^«»]{1,80}»")


def _interviewee(lead: str, resolver: Resolver) -> Person | None:
    """The person the lead before an interview's first question names last, as who speaks its answers."""
    if "«" in lead:
        lead = _LEAD_MARKED.sub(" ", lead)
    names = _CYRILLIC_RUN.findall(lead)  # a run may open with a place: "в Азербайджане Рустамом Назарзода"
    if names:
        name = " ".join(names[-1].split()[-2:])
        if _RU_ASKED_OF.search(lead, max(0, lead.rfind(name) - 60), lead.rfind(name) + len(name)):
            return resolver.resolve(ru_nominative_of_genitive(name))  # round 11: "спросил у экономиста X"
        return resolver.resolve(_ru_interviewee_nominative(name, lead[:lead.rfind(name)]))
    runs = [run for run in _capital_runs(_without_interviewing_outlet(lead)) if " " in run]
    return _last_resolved(runs, resolver)


# Round 47: the lead names the interviewee after "с" in the instrumental ("побеседовал с Послом … Рустамом Назарзода")
# or as the subject in the nominative ("… рассказал … Посол … Бахром Юлдашев"), and an Uzbek or Tajik given name may
# end in "-ом" as its nominative ("Бахром", "Акром"). A surname Russian declines tells the case: one in -ов/-ев/-ин/-ын
# or -ский (a woman's -ова/-ина/-ская) left as it is is the nominative, the name as written (the instrumental would be
# "Юлдашевым"); one Russian leaves undeclined ("Назарзода") is read as the instrumental only after "с"/"со" in its
# sentence.
_RU_NOMINATIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н|[сц]кий|[оеё]ва|[иы]на|[сц]кая)$")
_RU_WITH = re.compile(r"(?:^|\s)(?:с|со)\s")
_RU_PAST_VERB = re.compile(r"(?<![\w-])[а-яё]+[аяиеуы]л(?:а|и|ся|ась|ись)?(?![\w-])")


def _ru_interviewee_nominative(name: str, before: str) -> str:
    """The nominative of the interviewee's name the lead writes last (`before`: the lead before it)."""
    read = ru_nominative(name)
    surname = name.split()[-1]
    if read.split()[-1] != surname:  # "Рустамом Назаровым": the surname declined, the instrumental
        return read
    if _RU_NOMINATIVE_SURNAME.search(surname):
        return name
    withs = list(_RU_WITH.finditer(sentence := _RU_SENTENCE_BREAK.split(before)[-1]))
    # (the name after "с" and no verb between: "В беседе с корреспондентом о планах рассказал Посол Бахром Назарзода"
    # is the verb's subject)
    return read if withs and not _RU_PAST_VERB.search(sentence, withs[-1].end()) else name


# The outlet that held an interview is named after "interview with" ("In an interview with Astana Diplomatic Review he
# spoke …"), as a web name declined ("… Economy.az-ın suallarını cavablandırıb") or as an agency or paper declined
# ("Anadolu Ajansı'nın sorularını yanıtladı"): never the interviewee, whom the
# lead names as the one who speaks; the last name that is someone's is he ("… X Y Economy.az-ın suallarını
# cavablandırıb. Onun sözlərinə görə, Orta Dəhliz …": X Y, not the corridor after him).
# (round 44: also whom "he"/"she" spoke or talked to, "he spoke to Eurasia Digest about …": the interviewee is the
# pronoun; "The Times spoke to Ambassador X Y" keeps X Y, the one interviewed)
# (round 45: or after a comma closing the interviewee's apposition, "Azerbaijan's envoy, X Y, spoke to Steppe Business")
_INTERVIEWING_OUTLET = re.compile(r"\b(?:(?:interview|conversation)\s+(?:with|to)|(?:(?<![\w])(?:he|she|He|She)|,)\s+"
                                  r"(?:spoke|talked|has\s+spoken|has\s+talked)\s+to)\s+(?:the\s+)?[A-Z][\w.'’\-]*"
                                  r"(?:\s+[A-Z][\w.'’\-]*)*|" + _WEB_NAME.pattern
                                  + rf"|[{CAPITALS}][\w\-]*\s+(?:Ajans|Agentliy|Gazete|Qəzet|Televizyon|Radyo)\w*['’\-]\w+")


def _without_interviewing_outlet(lead: str) -> str:
    """The lead without the outlet it says held the interview ("an interview with Astana Diplomatic Review")."""
    lead = _INTERVIEWING_OUTLET.sub(" ", lead) if "interview" in lead or "." in lead else lead
    return without_turkic_outlet(lead)  # "… Anadolu Ajansı'nın sorularını yanıtladı"


def _last_resolved(runs: list[str], resolver: Resolver) -> Person | None:
    """The person the last run that names someone names."""
    for run in reversed(runs):
        if (person := resolver.resolve(run)) is not None:
            return person
    return None


def _interview_turn(text: str, paras, para: tuple[int, int], resolver: Resolver, interview):
    """The interview state after reaching paragraph `para`: a question line starts one (its interviewee, or
    False when the lead names nobody known), a paragraph that is no dash line ends it (None); during one,
    the interviewee is the last speaker, whom an answer's dash line goes to."""
    body = text[para[0]:para[1]]
    if not DASH.match(body.strip()):
        if _plain_question(text, paras, para):  # round 45: "Каким был прошлый год?" / "– По итогам года …"
            if interview is None:
                interview = _interviewee(_previous_paragraph(text, paras, para[0]), resolver)
            if interview:
                resolver.last_speaker = interview
            return interview
        return interview if interview and _answer_goes_on(text, paras, para) else None
    if interview is None and _question_line(body):
        before = _previous_paragraph(text, paras, para[0])
        interview = _answered_before(before, resolver) or _interviewee(before, resolver) or False  # (round 26)
    if interview:
        resolver.last_speaker = interview
    return interview


def _paragraph_around(text: str, paras, para: tuple[int, int], step: int) -> str:
    """The paragraph `step` places from `para` (-1 the one before, 1 the one after; "" past either end)."""
    index = paras.index(para) + step
    return text[paras[index][0]:paras[index][1]].strip() if 0 <= index < len(paras) else ""


# An answer that runs on in a paragraph with no dash, before the next question: "– Rəqəmlər özü danışır. …" / "Xucənd
# bizim üçün təsadüfi seçim deyil. …" / "– Azərbaycanın rolu nədir?": the plain paragraph between an answer's dash
# line and a question's is still the interviewee's answer, and the interview goes on (not running text ending it).
# (round 44: or before a question that asks and then remarks, "— What about electricity? There has been talk of …":
# _statement_question reads that line after the plain paragraph)
def _answer_goes_on(text: str, paras, para: tuple[int, int]) -> bool:
    """Is `para` a plain paragraph between an answer's dash line and the next question's?"""
    before, after = _paragraph_around(text, paras, para, -1), _paragraph_around(text, paras, para, 1)
    if not DASH.match(before) or _question_line(before):
        return False
    if _question_line(after):
        return True
    following = paras[paras.index(para) + 1] if after else None
    return following is not None and (_statement_question(text, paras, following)  # (round 45: "? " or turns)
                                      or _plain_question(text, paras, following))  # (round 45)


# Round 45 (q-int): an interview may set only its answers as dash lines, its questions as plain paragraphs ("Каким был
# для торговли прошлый год?" / "– По итогам 2025 года товарооборот …" / "А как выглядит нынешний год?" / "– …"): a
# plain paragraph ending in "?" with an answer's dash line after it is the interviewer's question, when the article
# holds at least _PLAIN_QUESTIONS such pairs (one alone may be a report's rhetorical question over a quote).
_PLAIN_QUESTIONS = 2


def _plain_question(text: str, paras, para: tuple[int, int]) -> bool:
    """Is `para` a plain paragraph asking an interview's question, its answer a dash line after it?"""
    if not text[para[0]:para[1]].rstrip().endswith("?"):  # (a cheap gate)
        return "? " in text[para[0]:para[1]] and _plain_question_then_remark(text, paras, para)  # (round 59)
    return _asks_before_dash_answer(text, paras, paras.index(para)) \
        and sum(_asks_before_dash_answer(text, paras, k) for k in range(len(paras) - 1)) >= _PLAIN_QUESTIONS


# Round 59 (quotesru59): the interviewer's plain paragraph may ask, then remark ("А образование? В Кыргызстане работают
# совместные университеты." / "— …"): a short plain paragraph whose first sentence ends in "?", an answer's dash line
# after it, is a question too, in an interview that asks at least _PLAIN_QUESTIONS plain questions ending in "?" (the
# answer before it then runs on up to it, _answer_goes_on, and the interview goes on after it).
_REMARK_QUESTION_WORDS = 30


def _plain_question_then_remark(text: str, paras, para: tuple[int, int]) -> bool:
    body = text[para[0]:para[1]].strip()
    if DASH.match(body) or len(body.split()) > _REMARK_QUESTION_WORDS or _SENTENCE_BREAK.search(body[:body.find("? ")]):
        return False
    index = paras.index(para)
    answer = text[slice(*paras[index + 1])].strip() if index + 1 < len(paras) else ""
    return bool(DASH.match(answer)) and not _question_line(answer) \
        and sum(_asks_before_dash_answer(text, paras, k) for k in range(len(paras) - 1)) >= _PLAIN_QUESTIONS


def _asks_before_dash_answer(text: str, paras, index: int) -> bool:
    body = text[slice(*paras[index])].strip()
    if not body.endswith("?") or DASH.match(body) or index + 1 >= len(paras):
        return False
    answer = text[slice(*paras[index + 1])].strip()
    return bool(DASH.match(answer)) and not _question_line(answer)


# The same in an interview of labelled lines: "Olgun Amcaoğlu: Cumhurbaşkanımızın … mesajıydı." / "Bizim işimiz …
# dönüştürmek. …" / "Havadis: Döviz kurları … Ne yapıyorsunuz?": the plain paragraph after an answer under the
# interviewee's name and before a question under another label is still his answer.
def _labelled_answer_goes_on(text: str, paras, para: tuple[int, int], last: Found) -> Person | None:
    """The speaker of the labelled answer just before `para` when `para` runs it on up to the next labelled question."""
    if not (last.outer[1] < para[0] - 4 or last.outer[0] > para[0]) and text[para[1]:para[1] + 400].count("?") \
            and last.speaker and _caps_label_run_on(text, paras, paras.index(para)):
        return last.speaker  # round 60 (quotestr60): "…?" / "ÖMER BOLAT: …" / "…" / "…?"
    before, after = _paragraph_around(text, paras, para, -1), _paragraph_around(text, paras, para, 1)
    if not (last.outer[1] < para[0] - 4 or last.outer[0] > para[0]) and "?" in text[para[1]:para[1] + 2000] \
            and _dash_questioned_run_on(text, paras, paras.index(para)):
        return last.speaker  # round 59 (quotesaztr59): the questions dash lines, "– Cənab nazir, …?" / "X Y: …" / "…"
    if last.outer[1] < para[0] - 4 or last.outer[0] > para[0] or ("?" not in after and ":" not in after[:40]):
        return None  # (round 52, quotes52b: the next question may be a statement, "BR: Critics say …", same label)
    if ":" in (body := text[para[0]:para[1]])[:40] and _line_label(body) is not None:
        return None  # a labelled line of its own (round 45: not "I will be honest: some …", a colon in the words)
    answer, question = TRANSCRIPT.match(before) or _OTHER_LABEL_LINE.match(before), _line_label(after)  # (round 51)
    if answer is None and before[1:2] == ".":
        answer = _INITIAL_LABEL_LINE.match(before)  # round 55: "B.Durdıyev: …"
    if answer is None or question is None or question == answer["spk"] or "?" in answer["q"]:
        return None
    asked = _line_label(_paragraph_around(text, paras, para, -2))  # the answer replied to the same interviewer
    if asked != question and question == "Вопрос" and _press_conference_turn(text, paras, paras.index(para) - 1):
        asked = question  # round 58: the second minister's answer to the same question goes on
    return last.speaker if asked == question else None



# Round 62 (quotesen62): the text of statements to the press, "Serdar Berdimuhamedov: Esteemed Mr. President! …" /
# "During the talks we discussed …" / "Ilham Aliyev: Dear friends! …" / "Our trade is growing …", no question
# anywhere: a plain paragraph right after a labelled statement (or its run-on) goes on with it while it speaks in the
# first person (the report after the statements, "Later in the day, President X laid a wreath …", does not), in an
# English transcript of two labelled statements at least (a holder's label, _labelled, or a full name's)
# Round 70 (statements70): the statements under labels on lines of their own, in Azerbaijani ("Prezident İlham
# Əliyev:" / "Hörmətli cənab Prezident, …" / "Bu gün … Biz … müzakirə etdik." / "Prezident Emoməli Rəhmon:" / …,
# dev/1128): such a label counts as one of the two, and the first person is also the Azerbaijani, Turkish and Russian
# pronoun's ("Biz", "mən", "bizim", "Ben", "мы", "наш")
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|[Mm]ən|[Bb]iz|[Mm]ənim|[Bb]izim|[Bb]izə|[Mm]ənə|"
                                r"[Bb]en|[Bb]enim|[Bb]ize|[Мм]ы|[Нн]аш[аеи]?|нам|нас)\b")
_MARKS_OR_QUESTION = re.compile(r"[“”\"«»„?]")


def _statement_goes_on(text: str, paras, para: tuple[int, int], last: Found) -> Person | None:
    """The speaker of the labelled statement just before `para` when `para` runs it on in the first person."""
    index = paras.index(para)
    body = text[para[0]:para[1]]
    if index < 2 or paras[index - 1] != last.outer or not last.speaker or _MARKS_OR_QUESTION.search(body) \
            or DASH.match(body) or (":" in body[:40] and _line_label(body) is not None):
        return None
    if not _FIRST_PERSON_WORD.search(body) and not _statement_label_ahead(text, paras, index):
        return None  # (a paragraph before the next label is the statement's in any person)
    labels = 0
    for a, b in paras[1:]:
        if (": " in text[a:min(b, a + 50)] and (m := TRANSCRIPT.match(text[a:b]))
                and (_labelled(m["spk"]) or (" " in m["spk"] and _words(m["q"]) >= MIN_WORDS))) \
                or _holder_label_line(text[a:b]):
            labels += 1
            if labels == 2:
                return last.speaker
    return None


def _statement_label_ahead(text: str, paras, index: int) -> bool:
    """Round 62: does a labelled statement follow paragraph `index` after plain paragraphs only (4 at most)?"""
    for a, b in paras[index + 1:index + 5]:
        body = text[a:b]
        if ":" in body[:50] and (m := TRANSCRIPT.match(body)) and _words(m["q"]) >= MIN_WORDS:
            return True
        if _MARKS_OR_QUESTION.search(body) or DASH.match(body):
            return False
        if _holder_label_line(body):  # round 70 (statements70): "Prezident Emoməli Rəhmon:" on its own line
            return True
    return False


def _holder_label_line(body: str) -> bool:
    """Round 70 (statements70): is a paragraph a known holder's label on a line of its own ("Prezident İlham
    Əliyev:", "President Ilham Aliyev:"), his statement in the paragraphs after it?"""
    return body.rstrip().endswith(":") and len(body) < 80 and (m := LABEL.match(body.strip())) is not None \
        and _labelled(m["spk"])

# Round 59 (quotesaztr59): a press conference whose questions are dash lines and answers lines under the minister's
# name ("– Cənab nazir, …?" / "Ceyhun Bayramov: …" / "Xüsusilə qeyd etmək istəyirəm ki, …" / "– Cənab Saidov, …?"): the
# plain paragraphs (up to _DASH_QA_RUN_ON) between a labelled answer to a dash question and the next dash question
# still the answer
_DASH_QA_RUN_ON = 3


def _dash_questioned_run_on(text: str, paras, index: int) -> bool:
    """Is paragraph `index` a plain one running on a labelled answer to a dash question, up to the next one?"""
    def plain(k: int) -> bool:
        body = text[slice(*paras[k])].strip()
        return not DASH.match(body) and not (":" in body[:40] and _line_label(body) is not None)

    back = index - 1
    while back > 0 and index - back <= _DASH_QA_RUN_ON and plain(back):
        back -= 1
    label = text[slice(*paras[back])].strip()
    if back < 1 or plain(back) or DASH.match(label) or not (line := TRANSCRIPT.match(label) or
                                                            _OTHER_LABEL_LINE.match(label)) or "?" in line["q"] \
            or not _question_line(text[slice(*paras[back - 1])]):
        return False
    ahead = index + 1
    while ahead < len(paras) and ahead - index <= _DASH_QA_RUN_ON and plain(ahead):
        ahead += 1
    return ahead < len(paras) and _question_line(text[slice(*paras[ahead])])


# Round 60 (quotestr60): an interview whose questions are plain paragraphs and whose answers carry the interviewee's
# name in capitals as a label ("Sayın Bakan, … nasıl bir seyir izledi?" / "ÖMER BOLAT: 2025'te ikili ticaret …", an
# English "JOHN SMITH: …", Azerbaijani "ƏLİ ƏLİYEV: …", Russian "ИВАН ПЕТРОВ: …"): the answer is the words of the person
# the article named before by that name (or that surname in full), right after a plain question paragraph; the plain
# paragraphs after it up to the next plain question (_CAPS_RUN_ON at most) go on with it (_caps_label_run_on).
_CAPS_LABEL_LINE = re.compile(rf"^(?P<spk>(?:[{CAPITALS}][{CAPITALS}'’\-]+\s+){{0,2}}[{CAPITALS}][{CAPITALS}'’\-]+)"
                              r"\s*:\s+(?P<q>\S.{10,})$", re.S)
_CAPS_RUN_ON = 3


def _plain_asking(body: str) -> bool:
    """Is a paragraph a plain question: ending in "?", no dash opening it, no label of a turn?"""
    return body.rstrip("”\"’» ").endswith("?") and not DASH.match(body) and _CAPS_LABEL_LINE.match(body) is None


# Round 65 (quotestr65): the same interview with each question under the outlet's name in capitals ("TRT HABER: Sayın
# Bakan, … nasıl kapandı?" / "BAKAN BOLAT: 2025 yılı …" / "…" / "TRT HABER: …?", dev/1068; an English "BBC NEWS: …?"
# / "MINISTER KELLER: …"): a question under a capitals label other than the answer's asks as a plain one does.
def _caps_labelled_asking(body: str, answer_label: str = "") -> bool:
    """Is a paragraph a question under a capitals label (the outlet's), not the answer's own label?"""
    line = _CAPS_LABEL_LINE.match(body)
    return line is not None and line["spk"].isupper() and line["spk"] != answer_label \
        and line["q"].rstrip("”\"’» ").endswith("?")


def _plain_question_before(m: re.Match, text: str, paras, index: int) -> bool:
    """Does the labelled line `m` (paragraph `index`) ask nothing, right after a plain question paragraph (or round 65,
    one under the outlet's capitals label)?"""
    if m["q"].rstrip().endswith("?") or index < 2:
        return False
    before = text[slice(*paras[index - 1])].strip()
    return _plain_asking(before) or _caps_labelled_asking(before, m["spk"])


def _caps_label_turn(m: re.Match, text: str, paras, index: int) -> bool:
    """Is the capitals-labelled line `m` (paragraph `index`) an answer, a plain question paragraph before it?"""
    label = m["spk"]
    return label.isupper() and sum(ch.isalpha() for ch in label) >= 3 \
        and (_plain_question_before(m, text, paras, index) or _after_host_turn(m, text, paras, index))


# Round 72 (tv72): a TV show's transcript puts the host's turns under a role label and the guest's under his name in
# capitals, a turn as often a remark as a question ("HOST: Let's go back to the state visit. …" / "YERZHAN
# ASHIKBAYEV: That's right. …"), and one answer may run over two labelled paragraphs (dev/1156): a capitals name
# label right after a "HOST:" turn, or after its own label's turns back to one (_CAPS_RUN_ON at most), is the guest's.
def _after_host_turn(m: re.Match, text: str, paras, index: int) -> bool:
    """Is the capitals-labelled line `m` (paragraph `index`) a turn after the host's role-labelled one, directly or
    over turns of its own label?"""
    for back in range(index - 1, max(0, index - 1 - _CAPS_RUN_ON), -1):
        line = text[slice(*paras[back])].strip()
        if _ROLE_HOST_LINE.match(line):
            return True
        if (own := _CAPS_LABEL_LINE.match(line)) is None or own["spk"] != m["spk"]:
            return False
    return False


# Round 64 (quotestr64): the same interview with the answers under the interviewee's surname in running case, which
# TRANSCRIPT reads ("Sayın Büyükelçi, … nasıl kapattı?" / "Ulutaş: Geçen yıl ikili ticaret hacmimiz …" / "Tabii bu
# rakamların …" / "Liderlerin koyduğu hedef neydi …?", dev/1053; an English "Keller: Two new ferries …" after a plain
# "How will the fleet keep up?"): no label on the questions (_en_interview_answer wants one), so the answer is the one
# person named before by that surname (or that full name), and its plain paragraphs go on as under capitals
def _running_label_turn(m: re.Match, text: str, paras, index: int) -> bool:
    """Is the TRANSCRIPT line `m` (paragraph `index`) an answer under a surname or full name in running case, a plain
    question paragraph before it?"""
    label = m["spk"]
    return not label.isupper() and (_SURNAME_ALONE.fullmatch(label) is not None or _full_name_label(label)) \
        and _plain_question_before(m, text, paras, index)


def _running_label_answer(m: re.Match, text: str, paras, a: int, resolver: Resolver) -> Person | None:
    """The person a running-case name label `m` (of the paragraph at `a`) names, after a plain question; else None."""
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    if m["spk"].split()[-1] not in (earlier := text[:a]) or not _running_label_turn(m, text, paras, index):
        return None  # (a full name the text never named is no interviewee's: "Leyla Hasanova: …" after no "Hasanova")
    return _label_named_before((m["spk"],), earlier, resolver)


def _name_label_turn_at(text: str, paras, index: int) -> bool:
    """Is paragraph `index` an answer under the interviewee's name, in capitals or running case, to a plain question?"""
    body = text[slice(*paras[index])].strip()
    if (caps := _CAPS_LABEL_LINE.match(body)) is not None:
        return _caps_label_turn(caps, text, paras, index)
    return (line := TRANSCRIPT.match(body)) is not None and _running_label_turn(line, text, paras, index)


def _caps_label_forms(label: str) -> tuple[str, ...]:
    """A capitals label as a name is written: Turkish lowering (dotless ı) and plain lowering, each word's first
    letter kept ("ÖMER BOLAT" -> "Ömer Bolat", "ILHAM ALIYEV" -> "Ilham Aliyev")."""
    plain = _LETTERS.sub(lambda m: m[0][0] + m[0][1:].lower(), label)
    return tuple(dict.fromkeys((_turkic_caps_label(label), plain)))


def _caps_label_answer(m: re.Match, text: str, paras, a: int, resolver: Resolver) -> Person | None:
    """The person a capitals label `m` (of the paragraph at `a`) names, when the paragraph before is a plain question;
    else None."""
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    if not _caps_label_turn(m, text, paras, index):
        return None
    return _label_named_before(_caps_label_forms(m["spk"]), text[:a], resolver)


# Round 73 (stenogram73): a parliament's stenogram (dev/1159) opens each speech with its speaker's label in capitals
# ending in a full stop, no colon: the chair's role ("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Уважаемые депутаты! …") or a title and a
# surname with initials ("ВИЦЕ-МИНИСТР ТОРГОВЛИ … ЖУМАГАЛИЕВ Е.Ш. …", "ДЕПУТАТ СМАГУЛОВ Е.К. …"); the plain paragraphs
# under it (no label, no parentheses: a vote tally is none) go on with the speech (_stenogram_goes_on). The chair is
# the one the "Председательствует …" line names, surname, given name and patronymic; a surname with initials is the
# one the stenogram names in full with those initials, in any case ("Жумагалиеву Ержану Шаймуратовичу"). A dateline
# in capitals ("АСТАНА. …") is neither form.
# Round 74 (minutes74): a Turkish parliament committee's minutes (dev/1181) label each speech in capitals followed by a
# dash: the chair's "BAŞKAN – …", the one the header's "Başkan: Fuat Oktay (Ankara)" names, or a title and a name
# ("DIŞİŞLERİ BAKAN YARDIMCISI AHMET YILDIZ – …"), a deputy's with the constituency in brackets ("MEHMET ŞAHİN
# (Ankara) – …"); the name is the label's last words, in ordinary capitalisation. A dateline ("ANKARA (AA) – …") has
# one word in capitals and its agency's in brackets: neither form.
_STENOGRAM_LABEL = re.compile(r"^(?:(?P<chair>ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ|ПРЕДСЕДАТЕЛЬ)\.|(?:[А-ЯЁ][А-ЯЁ\-]*\s+){0,10}?"
                              r"(?P<surname>[А-ЯЁ][А-ЯЁ\-]+)\s+(?P<initials>[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
                              r"|(?P<tr_chair>BAŞKAN)\s+[–—]"
                              r"|(?P<tr_label>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ\-]+(?:\s+[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ\-]+){1,11})"
                              r"(?:\s+\([A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:\s[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)?\))?\s+[–—])"
                              r"\s+(?P<q>[А-ЯЁA-ZÇĞİÖŞÜ«\"“(].{10,})$", re.S)
_STENOGRAM_CHAIR = re.compile(r"Председательствует\s[^\n]*?(?P<surname>[А-ЯЁ][а-яё\-]+)\s+(?P<given>[А-ЯЁ][а-яё]+)\s+"
                              r"[А-ЯЁ][а-яё]+(?:вич|вна)\b"
                              r"|\bBaşkan\s*:\s*(?P<tr_chair_name>[A-ZÇĞİÖŞÜ][^\W\d_]+(?:\s[A-ZÇĞİÖŞÜ][^\W\d_]+){1,2})")
# a full name with its patronymic, surname first, in any case ("Жумагалиеву Ержану Шаймуратовичу", "Смагулов Ербол
# Кайратович"), or given name first
_RU_NAME_WITH_PATRONYMIC = re.compile(r"(?<![\w\-])(?P<first>[А-ЯЁ][а-яё\-]+)\s+(?P<second>[А-ЯЁ][а-яё]+)\s+"
                                      r"(?P<patronymic>[А-ЯЁ][а-яё]+(?:вич|вн)[а-яё]{0,3})(?![\w\-])")


def _stenogram_label_person(m: re.Match, text: str, resolver: Resolver) -> Person | None:
    """The person a stenogram's speech label `m` names: the chair of the "Председательствует" line, or the one the
    text names in full with the label's surname and initials."""
    if m["chair"] or m["tr_chair"]:
        chair = _STENOGRAM_CHAIR.search(text)
        if chair is None or bool(m["tr_chair"]) != bool(chair["tr_chair_name"]):
            return None
        named = _turkic_caps_label(chair["tr_chair_name"]) if m["tr_chair"] else f"{chair['given']} {chair['surname']}"
        return resolver.resolve(named)
    if m["tr_label"]:
        return _minutes_label_person(m["tr_label"], text, resolver)
    surname = m["surname"][:1] + m["surname"][1:].lower()
    initials = m["initials"].replace(" ", "")
    for full in _RU_NAME_WITH_PATRONYMIC.finditer(text):
        given, last = (full["second"], full["first"]) if full["first"].startswith(surname[:-1]) \
            else (full["first"], full["second"])
        if not last.startswith(surname[:-1]) or initials != f"{given[0]}.{full['patronymic'][0]}.":
            continue
        return resolver.resolve(ru_nominative_of_dative(ru_nominative_of_genitive(f"{given} {last}")))
    return None


def _minutes_label_person(label: str, text: str, resolver: Resolver) -> Person | None:
    """The person a Turkish minutes' label in capitals names ("DIŞİŞLERİ BAKAN YARDIMCISI AHMET YILDIZ"): its last
    three words when the text writes them so in running case, else its last two; only in minutes whose header names
    the chair ("Başkan: …")."""
    words = _turkic_caps_label(label).split()
    chair = _STENOGRAM_CHAIR.search(text)
    if len(words) < 2 or chair is None or not chair["tr_chair_name"]:
        return None
    name = " ".join(words[-3:]) if len(words) > 2 and " ".join(words[-3:]) in text else " ".join(words[-2:])
    return resolver.resolve(name)


def _stenogram_turn(text: str, a: int, b: int, resolver: Resolver) -> Found | None:
    """A stenogram's speech under its label (the paragraph at `a`..`b`), the label left out; else None."""
    body = text[a:b]
    if (m := _STENOGRAM_LABEL.match(body)) is None or _words(m["q"]) < MIN_WORDS \
            or (person := _stenogram_label_person(m, text, resolver)) is None:
        return None
    resolver.last_speaker = person
    return Found([(a + m.start("q"), b)], (a, b), _clean(m["q"]), person, "transcript")


def _stenogram_goes_on(text: str, paras, para: tuple[int, int], last: Found) -> Person | None:
    """The speaker of the stenogram speech just before `para` when `para` goes on with it (no label, no
    parentheses). Round 74 (minutes74): a paragraph closing on a note in brackets ("1'inci maddeyi okutuyorum. (1'inci
    ve 2'nci maddeler okundu ve kabul edildi.)", dev/1181) records what the room did, no speech going on."""
    index = paras.index(para)
    body = text[para[0]:para[1]].strip()
    if index < 1 or paras[index - 1] != last.outer or not last.speaker or body[:1] == "(" or body.endswith(".)") \
            or _STENOGRAM_LABEL.match(body):
        return None
    for back in range(index - 1, max(0, index - 12), -1):
        line = text[slice(*paras[back])].strip()
        if _STENOGRAM_LABEL.match(line):
            return last.speaker
        if line[:1] == "(":
            return None
    return None


# Round 69 (tr69): a TV bulletin's transcript ("SPİKER: …" / "MUHABİR: …" / "CEVDET YILMAZ (SES): …", dev/1113; an
# English script's "JOHN SMITH (SOT): …"): a label in capitals noted as a soundbite is the words of the person the
# bulletin named before by that name (or surname); the anchor's and correspondent's lines carry no such note.
_SOUNDBITE_NOTE = re.compile(r"\s*\(\s*(?:SES|SOT|SOUNDBITE)\s*\)\s*:")


def _soundbite_label_answer(m: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    """The person a capitals TRANSCRIPT label `m` noted as a soundbite ("X Y (SES): …") names, named before; else
    None. Round 77 (tvtr77): in a bulletin (_in_bulletin) the note may be left out."""
    label = m["spk"]
    if not label.isupper() or _BULLETIN_ROLE_LINE.match(m.string) is not None:
        return None
    if _SOUNDBITE_NOTE.match(m.string, m.end("spk")) is None and not _in_bulletin(earlier):
        return None
    return _label_named_before(_caps_label_forms(label), earlier, resolver)


# Round 77 (tvtr77): a bulletin's interviewees under a caption in capitals with no "(SES)" note (dev/1217): a title
# before the name ("TİCARET BAKANI ÖMER BOLAT: …", "TRADE MINISTER JOHN SMITH: …"), the name named before, read by
# _soundbite_label_answer; or the name, a slash and the occupation ("ZARİNA MAMATOVA / TEKSTİL TÜCCARI: …", "JOHN
# SMITH / FARMER: …"), a passer-by the bulletin names nowhere else: the caption itself names him. Only in a bulletin,
# whose anchor's and correspondent's turns carry a role label (_BULLETIN_ROLE_LINE), their narration no one's quote.
_BULLETIN_ROLE_LINE = re.compile(r"(?:SPİKER|MUHABİR|ANCHOR|REPORTER|CORRESPONDENT|ВЕДУЩИЙ|КОРРЕСПОНДЕНТ|APARICI|"
                                 r"MÜXBİR)\s*:\s")
_CAPTION_LABEL_LINE = re.compile(rf"^(?P<spk>(?:[{CAPITALS}][{CAPITALS}'’\-]+\s+){{1,2}}[{CAPITALS}][{CAPITALS}'’\-]+)"
                                 rf"\s*/\s*(?P<role>[{CAPITALS}][{CAPITALS}'’\- ]{{1,60}}?)\s*:\s+(?P<q>\S.{{10,}})$",
                                 re.S)


_BULLETIN_ROLE_AT_A_LINE = re.compile(r"(?m)^" + _BULLETIN_ROLE_LINE.pattern)  # one search, no split into lines


def _in_bulletin(earlier: str) -> bool:
    """Did a paragraph before open with an anchor's or correspondent's role label ("SPİKER: …", "REPORTER: …")?"""
    return _BULLETIN_ROLE_AT_A_LINE.search(earlier) is not None


def _caption_label_answer(m: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    """The person a bulletin's caption "NAME / OCCUPATION: …" (`m`, _CAPTION_LABEL_LINE) names: the one named before
    by that name, else the caption's name as Turkish or plain lowering writes it; None outside a bulletin."""
    if not _in_bulletin(earlier):
        return None
    forms = _caps_label_forms(m["spk"])
    if (person := _label_named_before(forms, earlier, resolver)) is not None:
        return person
    turkic = forms[0] if len(forms) == 1 or any(ch in m["spk"] for ch in "İŞĞÇÖÜƏ") or "ı" in earlier else forms[-1]
    role = m["role"].strip()  # (as a sentence writes it: "İş insanı", the dotted capital lowered as Turkish does)
    return Person(turkic, role[0] + role[1:].replace("İ", "i").replace("I", "ı").lower(), "", 0.6, "unlisted name")


def _label_named_before(forms: tuple[str, ...], earlier: str, resolver: Resolver) -> Person | None:
    """The person the text before (`earlier`) named by one of a label's forms: the full name, or the surname alone of
    one named in full before."""
    # (the form the text wrote before first: "DEMIR" is "Demir" after "Ayşe Demir", "Demır" by Turkish lowering;
    # round 65: an unlisted name only as the text wrote it, "MINISTER OKAFOR" is no "Mınıster Okafor" but the surname)
    for form in sorted(forms, key=lambda form: form.split()[-1] not in earlier):
        surname = form.split()[-1]
        if " " in form and (person := resolver.resolve(form, speaking=False)) is not None \
                and (person.rule in ("name", "office") or person.rule == "unlisted name" and form in earlier) \
                and fold(person.name.split()[-1]) == fold(surname):
            return person
        if (person := _surname_named_before(surname, earlier, resolver)) is not None:
            return person
    return None


def _caps_label_run_on(text: str, paras, index: int) -> bool:
    """Is paragraph `index` a plain one running on a name-labelled answer (capitals, or round 64 running case) to a
    plain question, up to the next?"""
    def plain(k: int) -> bool:
        body = text[slice(*paras[k])].strip()
        return not DASH.match(body) and not body.rstrip("”\"’» ").endswith("?") \
            and not (":" in body[:40] and _line_label(body) is not None) and _CAPS_LABEL_LINE.match(body) is None

    if not plain(index):
        return False
    back = index - 1
    while back > 1 and index - back <= _CAPS_RUN_ON and plain(back):
        back -= 1
    if not _name_label_turn_at(text, paras, back):  # (round 64: or in running case, "Ulutaş: …")
        return False
    ahead = index + 1
    while ahead < len(paras) and ahead - index <= _CAPS_RUN_ON and plain(ahead):
        ahead += 1
    return ahead < len(paras) and (_plain_asking(question := text[slice(*paras[ahead])].strip())
                                   or _caps_labelled_asking(question))  # (round 65: "TRT HABER: …?")


# Round 58 (quotesru58): a press conference after talks, its questions under a label noting the outlet asking
# (_NOTED_QUESTION_LINE) and each answered by one minister or both, each under his full name: a full-name line after
# the question, or after the other minister's answer (and its plain paragraphs) to it, is an answer.
_PRESS_CONFERENCE_BACK = 6  # paragraphs back from an answer to its question: the other's answer and its run-on


def _press_conference_turn(text: str, paras, index: int) -> bool:
    """Is paragraph `index` a full-name line answering the noted question a few paragraphs before it, after nothing
    but other answers under full names and their plain run-on paragraphs?"""
    if "(" not in text or index <= 0:  # (a cheap gate: a noted question holds a bracket)
        return False
    for k in range(index - 1, max(index - 1 - _PRESS_CONFERENCE_BACK, 0), -1):
        body = text[slice(*paras[k])].strip()
        if _NOTED_QUESTION_LINE.match(body):
            return True
        line = _OTHER_LABEL_LINE.match(body) or TRANSCRIPT.match(body)
        if (line is not None and not _full_name_label(line["spk"])) or body.endswith("?"):
            return False
    return False


def _line_label(line: str) -> str | None:
    """The label of a labelled line: a name (TRANSCRIPT), or an outlet's web name asking ("Dialog.tj: What …?",
    round 43: a dot in its last word, which TRANSCRIPT's names never hold)."""
    if m := TRANSCRIPT.match(line):
        return m["spk"]
    if m := _NOTED_QUESTION_LINE.match(line):  # round 58: "Вопрос (ТРТ): …?", each outlet the same interviewer
        return m["label"]
    if m := _EN_QUESTION_LINE.match(line):
        return m["label"].strip()
    m = _OTHER_LABEL_LINE.match(line)  # round 51: «Азаттык»: …? / Жээнбек Кулубаев: …
    return m["spk"] if m else None


# Round 51: an interview's turns under labels TRANSCRIPT's Latin names do not read: the outlet's name in quote marks
# ("«Азаттык»: Господин министр, …?", '"Azattyk": How …?') and a name in Cyrillic letters ("Жээнбек Кулубаев: Главный
# итог — …"). A paragraph under a full name (two or three words, each capitalised, Latin or Cyrillic) that asks nothing,
# right after a line that asks under another label, is the answer of the person the name is, known to the office
# holders table or not; plain paragraphs after it up to the next question go on with it (_labelled_answer_goes_on).
_CYRILLIC_CAPITALS = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_OTHER_LABEL_LINE = re.compile(rf"^(?:[-–—]\s*)?(?P<spk>[«“\"„][^«»“”\"„:\n]{{1,40}}[»”\"“]"
                               rf"|(?:[{_CYRILLIC_CAPITALS}][\w'’\-]+\s+){{0,3}}[{_CYRILLIC_CAPITALS}][\w'’\-]+)"
                               r"\s*:\s+(?P<q>\S.{10,})$", re.S)
_FULL_NAME_WORDS = (2, 3)


def _full_name_label(label: str) -> bool:
    """Is `label` a person's full name as a label writes it: two or three words, each a capital and small letters?"""
    words = label.split()
    return len(words) in _FULL_NAME_WORDS and all(w[0].isupper() and not w.isupper() and w.replace("-", "").isalpha()
                                                  for w in words)


def _labelled_turn_answer(text: str, paras, a: int, b: int, resolver: Resolver) -> Found | None:
    """The answer under a full name in the labelled paragraph `a`–`b`, right after the interviewer's question under
    another label (in quote marks or Cyrillic letters, either side); else None."""
    body = text[a:b]
    m = TRANSCRIPT.match(body) or _OTHER_LABEL_LINE.match(body)
    if m is None or m["q"].rstrip().endswith("?") or not _full_name_label(m["spk"]) or (a, b) not in paras:
        return None
    index = paras.index((a, b))
    if index == 0:
        return None
    before = text[slice(*paras[index - 1])].strip()
    if _press_conference_turn(text, paras, index):  # round 58: "Вопрос (ТРТ): …?" / "X Y: …" / "Z W: …"
        asker = "Вопрос"
    elif (asked := _OTHER_LABEL_LINE.match(before) or TRANSCRIPT.match(before)) is not None:
        asker = asked["spk"] if "?" in asked["q"] else None
    else:  # an outlet's web name asking, "Kaktus.media: …?"
        asker = asked["label"].strip() if (asked := _EN_QUESTION_LINE.match(before)) else None
    if asker is None or asker == m["spk"] \
            or not (m["spk"][:1] in _OTHER_LABEL_INITIALS or asker[:1] in _OTHER_LABEL_INITIALS):
        return None  # (two Latin labels are TRANSCRIPT's rules', as before)
    person = resolver.resolve(m["spk"])
    if person is None or person.rule not in ("name", "unlisted name"):
        return None
    start = a + m.start("q")
    return Found([(start, b)], (a, b), _clean(m["q"]), person, "transcript")


_OTHER_LABEL_INITIALS = frozenset("«“\"„" + "".join(map(chr, range(0x410, 0x430))) + "ЁӘҒҚҢӨҰҮҺІ")


# A question need not end in "?": "– Your critics say the trade is mostly gas and tomatoes." between two answers is the
# interviewer's, as "– Müsahibə üçün təşəkkür edirik." / "– Mən də təşəkkür edirəm." closes one, and so is "– What
# about the agenda? Some experts call it a race." (a question, then a remark): a dash line of one sentence, or one
# that asks in its middle, right after an answer's dash line and with a dash line after it, is the interviewer's turn.
def _statement_question(text: str, paras, para: tuple[int, int]) -> bool:
    """Is the dash line `para` a turn of the interviewer between an answer and the reply to it?"""
    m = DASH.match(text[para[0]:para[1]].strip())
    if m is None:
        return False
    before, after = _paragraph_around(text, paras, para, -1), _paragraph_around(text, paras, para, 1)
    if (turn := _interviewers_turn(text, paras, para)) is not None:
        # round 45: counted from the question line, whatever the line holds, and answered by the next dash line (the
        # last dash line, nothing answering it, goes on the answer before it)
        return turn and bool(DASH.match(after)) and not _question_line(after)
    if "? " not in m["body"] and _SENTENCE_BREAK.search(m["body"].strip()):
        return False
    answered = bool(DASH.match(before)) and not _question_line(before)
    if not answered and "? " in m["body"] and before and not DASH.match(before):
        # round 44: an answer run on in a plain paragraph (_answer_goes_on) before a line that asks, then remarks
        answered = bool(DASH.match(earlier := _paragraph_around(text, paras, para, -2))) and not _question_line(earlier)
    return answered and bool(DASH.match(after)) and not _question_line(after)


# Round 45 (q-int): dash lines take turns, a new dash a new speaker (an answer runs on in plain paragraphs, which
# take no turn): the line an even number of dash lines after a question line is the interviewer's again, however
# many sentences it holds ("— …?" / "— …" / ["…" /] "— А пока грузовики стоят. Предприниматели жалуются." / "— …"),
# and the line an odd number after it the interviewee's, however short ("— Пошлины обсуждаются, решение к осени.").
def _interviewers_turn(text: str, paras, para: tuple[int, int]) -> bool | None:
    """Is the dash line `para` an even number of dash lines after the question line that opens their run? None when
    no question line opens it."""
    turns = 0
    for k in range(paras.index(para) - 1, -1, -1):
        line = text[slice(*paras[k])].strip()
        if not DASH.match(line):  # a plain paragraph only as an answer's run-on, right after its dash line
            if k == 0 or not DASH.match(earlier := text[slice(*paras[k - 1])].strip()) or _question_line(earlier):
                return None
            continue
        turns += 1
        if _question_line(line):
            return turns % 2 == 0
    return None


# --- Russian dash lines after running text ---
# "Открывая заседание, Эдил Байсалов привел данные …" / "— …, — отметил он.": a dash line whose attribution is
# a pronoun or bare title means the subject of the running-text paragraph before it (as "“…,” he told the
# leaders" does in English); the outlet a speaker told it to is no part of the attribution
# ("— пояснил он Economist.kg.", "— сказал министр Kun.uz").
_RU_WEB_TAIL = re.compile(r"\s+[\w\-]+\.(?:az|kz|uz|kg|tj|tm|tr|ru|com|info|news"
                          r"|media|org|net)(?=\.?$)")  # round 28: "— сказал он в интервью Kaktus.media."


# Round 18: nor a gerund clause after the speaker: "— заявил Токаев, обращаясь к Алиеву." (the speaker is before the
# comma; _speaker_phrase reads the words after the last one)
_RU_GERUND_TAIL = re.compile(rf"^((?:{RU_VERBS})\s[^,.]{{1,80}}),\s+[а-яё]+(?:я|ясь|вшись|в)\s[^.]*\.?$")


# Round 52 (quotes52a): an Azerbaijani dash line's attribution with the outlet's web name before its verb ("– …, – deyə
# ekspert Demokrat.az-a bildirib.", "deyə X Y Oxu.az-a bildirib"): the outlet, its dot no sentence's end, is cut
_AZ_DASH_WEB_OUTLET = re.compile(r"\s+[A-Za-z][\w\-]*\.(?:az|kz|uz|kg|tj|tm|tr|ru|com|info|news|media)"
                                 r"-?[a-zəıöüşçğ]{1,4}(?=\s+\w+(?:ıb|ib|ub|üb)\.?$)")


def _az_dash_outlet_cut(part: str) -> str:
    return _AZ_DASH_WEB_OUTLET.sub("", part) if "deyə" in part and "." in part[:-1] else part


def _ru_dash_tail(part: str) -> str:
    """A dash line's part without the outlet after a Russian verb and pronoun ("пояснил он Economist.kg") and without
    a gerund clause after its speaker ("заявил Токаев, обращаясь к Алиеву")."""
    part = _RU_WEB_TAIL.sub("", part) if "." in part[:-1] else part
    if "," in part and (g := _RU_VERB_THEN_GERUND.match(part)):  # round 40: "сказал, открывая форум, X Y."
        part = f"{g['verb']} {g['rest']}"
    return m[1] if "," in part and (m := _RU_GERUND_TAIL.match(part)) else part


def _ru_pronoun_part_with_gerund(part: str) -> bool:
    """Round 54 (quotesother): "— …, — сказал он, открывая переговоры.": the pronoun's attribution with a gerund
    clause after it, read without the clause (_ru_dash_tail) as "— сказал он." is."""
    return "," in part and _RU_PRONOUN_PART.match(_ru_dash_tail(part.strip())) is not None


def _dash_anaphor_subject(text: str, paras, para: tuple[int, int], resolver: Resolver) -> None:
    """'Экономист Азамат Келдибеков считает, что …' then '— …, — пояснил он.': the subject of the running
    text before a dash line attributed to "он"/"she"/"министр" becomes the last speaker."""
    m = DASH.match(text[para[0]:para[1]])
    parts = _DASH_BREAK.split(m["body"].strip()) if m else ()
    if len(parts) > 1 and _ANAPHOR.search(parts[-1]):
        _paragraph_subjects(_previous_paragraph(text, paras, para[0]), resolver)
    # round 10: "- Мы …, - отметил он."; round 26: also a line the pronoun's attribution interrupts, "— …, — говорит
    # он. — …" (its second part the attribution)
    if len(parts) > 1 and any(_RU_PRONOUN_PART.match(part) or _ru_pronoun_part_with_gerund(part) for part in parts[1:]):
        _ru_pronoun_antecedent(_previous_paragraph(text, paras, para[0]), resolver)
    elif len(parts) > 1 and "министр" in parts[-1] and RU_BARE_MINISTER_DASH_PART.match(parts[-1].strip()) \
            and "инистр" in (lead := _previous_paragraph(text, paras, para[0])):
        _ru_pronoun_antecedent(lead, resolver)  # round 32: "— …, — пояснил министр." under "Министр … X Y провел …"
    elif len(parts) > 1 and resolver.last_speaker is None and _AZ_HEAD_AFTER.match(parts[-1]):  # round 24
        _az_head_lead(_previous_paragraph(text, paras, para[0]), resolver)
    elif len(parts) > 1 and parts[-1][:1] in "od" \
            and _AZ_DASH_PRONOUN.fullmatch(_az_dash_outlet_cut(parts[-1].strip())):  # round 24 (52: "o Oxu.az-a")
        _az_lead_sentence(_previous_paragraph(text, paras, para[0]), resolver)
    elif len(parts) > 1 and _az_dash_title(parts[-1]):
        # round 18b: "– …, – deyə ekspert bildirib." under "İqtisadçı X Y Report-a danışıb.": the paragraph before's
        # subject, as for a quote in marks
        _az_lead_sentence(_previous_paragraph(text, paras, para[0]), resolver)
    elif len(parts) > 1 and _RU_OCCUPATION_PART.match(parts[-1]):  # round 15: "— …, — пояснил эксперт."
        # the one unlisted person the paragraph before names ("Опрошенный … ведущий научный сотрудник … Андрей
        # Грозин считает, что …"), as for a quote in marks (_ru_occupation_after); an office holder is no expert
        person = _ru_one_named(_previous_paragraph(text, paras, para[0]), resolver)
        if person is not None and person.rule == "unlisted name":
            resolver.last_speaker = person


# Round 18b: the attribution part of an Azerbaijani dash line with a bare title ("deyə ekspert bildirib", "deyə nazir
# vurğulayıb"), the words _az_lead_sentence is asked for after a quote in marks (_AZ_TITLE_ANAPHOR)
# (round 21: "the prime minister", "deyə Baş nazir bildirib", capitalised as a title is; "nazir" is the title read) and a two-word verb ("qeyd edib")
# (round 22: also without "deyə", "– ekspert deyib.", which the dash line's attribution now reads as a bare title)
# (round 42: or a region's title, "– …, – deyə Xatlon vilayətinin sədri bildirib." under "Görüşdə çıxış edən
# A.Nazarzoda … vurğulayıb.": a place's name and its noun in the genitive before the title word)
_AZ_DASH_TITLE = re.compile(rf"(?:deyə\s+)?(?:[Bb]aş\s+|[{CAPITALS}][\w'’\-]*\s+[a-zəıöüşçğ]+(?:[ıiuü]n[ıiuü]n|n[ıiuü]n)\s+)?"
                            r"(?P<title>[a-zəıöüşçğ]+)\s+"
                            # round 52 (quotes52a): the outlet told between, "– deyə ekspert Demokrat.az-a bildirib."
                            r"(?:(?:[A-ZƏ][\w.]*\s+)?[A-ZƏİÇŞÖÜĞ][\w.]*-(?:y?[aəeı]|n[aə])\s+)?"
                            r"(?:(?:qeyd\s+|əlavə\s+|bəyan\s+)?\w+(?:ıb|ib|ub|üb)"
                            rf"|{_AZ_DASH_PRESENT_VERBS})\.?")  # (round 54, quotesaz: "– deyə ekspert hesab edir.")


def _az_dash_title(part: str) -> bool:
    return bool((m := _AZ_DASH_TITLE.fullmatch(part.strip())) and _AZ_TITLE_ANAPHOR.fullmatch(m["title"]))


# --- Azerbaijani partial quotes and "according to" ---
# Reported speech with "ki" (that), its verb in the past or present: "Prezident qeyd edib ki, Təşkilatı “…”
# çevirmək üçün …", "Tokayev bildirib ki, münasibətlər “…”", "Əlizadə isə hesab edir ki, …".
AZ_KI = re.compile(rf"\b(?:{AZ_VERBS}|hesab edir|hesab edib|düşünür|bildirir|qeyd edir|deyir|vurğulayır|əmindir"
                   # round 24: "X əminliyini / ümidini ifadə edib ki, …" (expressed his confidence, hope that)
                   r"|ifadə edib"
                   # round 30: "X … təbrik edərək yazıb ki, … «…»" (wrote that), a letter's or a post's reported words
                   r"|yazıb|yazır)"
                   r"\s+ki\b")
# A quote inside a nominalised clause the verb ends: 'Mirziyoyev isə sammitin “…” olacağına əmin olduğunu deyib',
# '… “…” olduğunu bildirib' (the Azerbaijani form of Turkish "olduğunu söyledi")
# Round 60 (quotesazru60): an analysis piece tells its experts' words in the present ('Amma o, “…” keçmək üçün … ehtiyac
# olduğunu vurğulayır.', 'X bu hədəfi “…” adlandırır.'), as a news report tells them in the past
_AZ_PRESENT_SAID = rf"{_AZ_DASH_PRESENT_VERBS}|deyir|söyləyir"
AZ_CLAUSE_AFTER = re.compile(rf"^[^.!?“”«»\"]{{0,60}}?\w+(?:dığını|diyini|duğunu|düyünü|acağını|əcəyini|acağına|əcəyinə|"
                             rf"dığına|diyinə|duğuna|düyünə)\b[^.!?“”«»\"]{{0,30}}?\b"
                             rf"(?:{AZ_VERBS}|{_AZ_PRESENT_SAID})\s*[.!]"
                             # round 32: or a second clause after "və" ('… “…” olduğunu qeyd edib və … bildirib.')
                             r"|^[^.!?“”«»\"]{0,60}?\w+(?:dığını|diyini|duğunu|düyünü)\s+(?:qeyd\s+edib|bildirib|deyib|"
                             r"vurğulayıb)\s+və\s")
# Round 9: a verb that names its object after the quote, "X … qazın nəqlini “…” adlandırıb" (called it "…"),
# "… “…” kimi dəyərləndirib" (assessed as), Turkish "… “…” olarak adlandırdı": the sentence's subject's
# (round 60, quotesazru60: or after "but", "however", 'Amma o, “…” keçmək üçün … olduğunu vurğulayır')
AZ_PRONOUN_OPENS = re.compile(r"^(?:(?:Amma|Ancaq|Lakin|Bununla belə)\s+o|O),\s")  # round 23: see _az_attribution
AZ_NAMING_AFTER = re.compile(r"^\s*(?:(?:kimi|olaraq|olarak)\s+)?(?:adlandırıb|adlandırdı|dəyərləndirib|qiymətləndirib|"
                             r"adlandırır|dəyərləndirir|qiymətləndirir|"  # round 60 (quotesazru60): the present
                             r"səciyyələndirib|xarakterizə edib"
                             # round 24: the pluperfect of an earlier occasion and its formal "-dır" ("X ötən görüşdə
                             # Bakını “…” adlandırmışdı", "… kimi dəyərləndirmişdir"), as AZ_KI_PAST reads "vurğulamışdı ki"
                             r"|adlandırmışdır?|(?:dəyərləndir|qiymətləndir|səciyyələndir)mişdir?"
                             r"|xarakterizə etmişdir?)\s*(?:[.!]"
                             # round 49 (quotes, local): or a second clause after a comma ('X Azərbaycanı “…”
                             # adlandırıb, … maraqlı olduğunu bildirib'), the subject the same
                             r"|,\s+(?![-–—]))")
# "Ekspertin sözlərinə görə, …: “…”" / "Əlizadənin sözlərinə görə, “…”": according to (the genitive's) words
# "O, həmçinin qeyd edib: “…”": "he" with a comma and an adverb before the verb and its colon (the last speaker)
# (round 54, quotesaz: the outlet told to, by its web name with its case, "O, Cebhe.info-ya açıqlamasında bildirib:")
AZ_PRONOUN_COLON = re.compile(rf"^O,?\s+(?:[A-Za-z][\w\-]*\.[a-z]+-(?:a|ə|ya|yə|na|nə)\s+)?"
                              rf"(?:[a-zəıöüşçğ]+\s+){{0,3}}?(?:{AZ_VERBS})\s*:\s*$")
AZ_ACCORDING = re.compile(r"(?:^|[.!?]\s+)(?P<spk>[^,.;:!?“”«»\"]{2,60}?)n?[ıiuü]n\s+(?:sözlərinə\s+görə\b|"
                          r"fikrincə\b|fikrinə\s+görə\b|açıqlamasına\s+görə\b|dediyinə\s+görə\b)")  # round 18: in his view
_AZ_ACCORDING_WORDS = ("sözlərinə", "fikrincə", "fikrinə", "açıqlamasına", "dediyinə")  # round 18


def _az_attribution(own_before: str, after: str, resolver: Resolver, earlier: str = "") -> Person | None:
    """The speaker of an Azerbaijani quote that ends or sits in a sentence of reported speech: "X qeyd edib
    ki, … “…”", "X … “…” olduğunu deyib", "X-in sözlərinə görə, …: “…”"; the rest of the sentence before
    the quote names nobody and holds no quote."""
    sentence = _SENTENCE_BREAK.split(own_before)[-1] if own_before.strip() else ""
    if not sentence.strip() or sentence.rstrip()[-1:] in (".", "!", "?", "…"):
        return None
    if " ki" in sentence and (m := AZ_KI.search(sentence)) and sentence[:m.start()].strip() \
            and _plain_object(sentence[m.end():], resolver):
        if sentence[:1] == "Q" and _AZ_GUEST_KI_CLAUSE.fullmatch(sentence[:m.start()]):
            return _guest_named_before(earlier + own_before, resolver, "az")  # round 73 (visits73b): "Qonaq … ki"
        return _az_ki_subject(sentence[:m.start()], resolver)  # round 18: or "O, həmçinin … ki"
    if (m := AZ_CLAUSE_AFTER.match(after)) and not _names_someone(m[0], resolver) \
            and not _QUOTE_MARK.search(sentence):
        if AZ_PRONOUN_OPENS.match(sentence):
            return resolver.resolve("o")  # round 44: 'O, X-la əməkdaşlığın “…” çevrildiyini deyib': X is no subject
        return _clause_subject(sentence, resolver)
    if sentence.startswith("O") and AZ_PRONOUN_COLON.match(sentence):
        return resolver.resolve("o")
    if (m := AZ_NAMING_AFTER.match(after)) and _QUOTE_MARK.search(sentence) and _AZ_CONCEPT_QUOTED.search(sentence):
        sentence = _AZ_CONCEPT_QUOTED.sub("X", sentence)  # round 52 (quotes52a): a slogan's name is no other quote
    if (m := AZ_NAMING_AFTER.match(after)) and not _QUOTE_MARK.search(sentence):
        if AZ_PRONOUN_OPENS.match(sentence):
            return resolver.resolve("o")  # round 23: "O, X-in şəhərini “…” adlandırıb": X is the object's owner
        return _clause_subject(sentence, resolver)
    return None


# An Azerbaijani sentence ending in a verb after its quote whose subject is "he" ('O, ticarətin “…” fikrini
# vurğulayıb') or "the guest also" ('Qonaq həmçinin … “…” təşəkkürünü bildirib', "Qonaq da"): the last speaker, as
# "o" after a quote is; "also" tells the guest is the one the text was about, while "Qonaq isə" (the guest, in turn)
# turns from him, so it is left to the other rules, and so is a last speaker who holds an Azerbaijani office
_AZ_GUEST_ALSO_OPENING = re.compile(r"Qonaq\s+(?:həmçinin|da|eyni\s+zamanda)\s")


def _az_pronoun_subject(before: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(before.strip())[-1]
    if AZ_PRONOUN_OPENS.match(sentence):
        return resolver.resolve("o")
    last = resolver.last_speaker
    if _AZ_GUEST_ALSO_OPENING.match(sentence) and last is not None \
            and all(term.country != "AZE" for term in officeholders.by_name(last.name)):
        return resolver.resolve("o")
    return None


# Round 23: a naming sentence whose subject is the pronoun "O," ('O, Xoca Əhməd Yəsəvinin şəhərini “…” adlandırıb'):
# the capitalised words after it are the object's owner in the genitive (a historical figure, a city), not who spoke;
# "he" is the last speaker


# Round 52 (quotes52a): a name ending in "n" before the genitive "-un" ("Emoməli Rəhmonun sözlərinə görə"): the
# regex's optional buffer "n" takes the name's own last letter, so the stem with it is the name when the table knows
# it or the text names it so elsewhere ("Rəhmon"), never the cut "Rəhmo"
def _az_according_stem(m: re.Match, own_before: str, resolver: Resolver) -> str:
    spk = m["spk"].strip()
    if m.string[m.end("spk"):m.end("spk") + 1] != "n":
        return spk
    whole = spk + "n"
    if (known := resolver.resolve(whole, speaking=False)) is not None and known.rule != "unlisted name":
        return whole
    if any(getattr(p, "name", "") == whole for p in (*resolver.named, *resolver.unlisted)):
        return whole  # named in full before, in an earlier paragraph ("Ekspert Nərgiz Həsən …")
    last = whole.split()[-1]
    if re.search(rf"(?<![\wəıöüşçğ]){re.escape(last)}(?![\wəıöüşçğ])", own_before):
        return whole
    return spk


def _az_according(own_before: str, after: str, resolver: Resolver) -> Person | None:
    """'Ekspertin sözlərinə görə, …: “…”': the one whose words these are (asked before the colon rules, which
    would read "Əlizadənin" as a name); the rest of the sentence names nobody (a quote that names a principle,
    '"…" prinsipi', never gets here: _named_concept drops it)."""
    sentence = _SENTENCE_BREAK.split(own_before)[-1] if _az_according_gate(own_before) else ""
    if (m := AZ_ACCORDING.search(sentence)) and sentence.rstrip()[-1:] not in (".", "!", "?", "…") \
            and _plain_object(sentence[m.end():], resolver):
        if m["spk"].strip() == "On":
            return _az_his_words_owner(own_before[:len(own_before) - len(sentence)], resolver)
        return resolver.resolve(_az_according_stem(m, own_before, resolver))
    return None


# Round 21: '“…”, - Milli Məclisin Sədri vurğulayıb.' (a body's head by title, no name): the one the article named with
# those very words before a full name ("Milli Məclisin Sədri Sahibə Qafarovanın başçılıq etdiyi …"); two named so, or
# none, is no one
# Round 22: also a deputy's title ('“…”, - deyə Baş nazirin müavini qeyd edib', "deyə" before a two-word verb), the name
# after the title or after a lower-case aside set off by a comma ("Baş nazirin müavini, komissiyanın həmsədri X Y")
_AZ_HEAD_TITLE_ENDS = (" sədri", " rəhbəri", " başçısı", " spikeri", " müavini")
_AZ_NAME_AFTER_TITLE = re.compile(r"(?:,\s+[a-zəıöüşçğ][a-zəıöüşçğ ]{0,40}?)?"
                                  rf"\s+(?P<name>[{CAPITALS}][\wəıöüşçğ'’\-]+\s+[{CAPITALS}][\wəıöüşçğ'’\-]+)")


def _az_titled_named_before(title: str, earlier: str, resolver: Resolver) -> Person | None:
    ends, at = [], earlier.find(title)
    while at >= 0:
        ends.append(at + len(title))
        at = earlier.find(title, at + len(title))
    return _az_one_named_after(ends, earlier, resolver)


# Round 46 (quotes): a surname of -ov/-ev (-ova/-eva) with a case ending no nominative surname has ("vilayət hakimi X
# Bozorovla görüşüb", met with X Bozorov; "Bozorovun", "Bozorovu", "Bozorovdan"): the same person as "X Bozorov"
_AZ_SURNAME_OBLIQUE = re.compile(r"(?<=[oe]v)(?:ə|u|ü|ı|i|un|ün|ın|in|da|də|dan|dən|la|lə)$"
                                 r"|(?<=[oe]va)(?:ya|nın|nı|da|dan|la)$")


def _az_parliament_run(run: str) -> bool:
    """Round 67 (komite67, dev/1088): does a run read after a title name a parliament ("Nazir müavini Milli Məclisdə:
    …", a headline's where the holder spoke; "Səfir Oliy Məclisdə çıxış edib")? Then it is no name of the holder."""
    return _AZ_PARLIAMENT_WORD.search(run.lower()) is not None


def _az_one_named_after(ends: list[int], earlier: str, resolver: Resolver) -> Person | None:
    """The one full name (in the nominative) right after a title ending at one of `ends` in `earlier`, as a person;
    None for none or two (one person named twice in two cases is one)."""
    names = set()
    for end in ends:
        # a place after the title starts what the body heads is of, no name ("Milli Məclisin Sədri Macarıstan Milli
        # Assambleyasının sədri X Y ilə görüşüb")
        if (m := _AZ_NAME_AFTER_TITLE.match(earlier, end)) and not places.codes_in(m["name"]) \
                and not _az_parliament_run(m["name"]):
            names.add(_AZ_SURNAME_OBLIQUE.sub("", az_nominative(m["name"])))
            if len(names) > 1:
                return None
    return resolver.resolve(names.pop()) if len(names) == 1 else None


# Round 43, second wave: a bare lower-case office title after a quote ('“…”, – deyə səfir qeyd edib', "deyə rektor
# bildirib", "– sədr vurğulayıb") that the resolver gives no one (the lead's sentences between name nobody, so no last
# speaker): the one person the text before titled so, the title in the possessive before his full name ("Qırğızıstanın
# Azərbaycandakı səfiri X Y", "universitetin rektoru X Y") or bare and capitalised opening a sentence ("Səfir X Y …");
# two so titled are no one; round 70 (statements70): a town's mayor, "mer" ("Oş şəhərinin meri X Y", dev/1133)
_AZ_BARE_OFFICE_TITLES = frozenset({"səfir", "nazir", "sədr", "hakim", "rektor", "prorektor", "direktor", "rəis",
                                    "konsul", "akim", "qubernator", "diplomat", "deputat", "nümayəndə", "mer"})


# Round 44: a sentence whose subject is a bare capitalised title, maybe after where ("Görüşdə"), right before another
# person named in the genitive as an object's owner ('Görüşdə Prezident Azərbaycan Prezidenti X Y-in salamlarını qəbul
# edərək, “…” tərəfdarı olduğunu bildirib'): the speaker is the one the text before titled so (the host who received
# the guest), never the genitive's owner; two so titled before are no one
_AZ_BARE_TITLE_BEFORE_GENITIVE = re.compile(rf"(?:[{CAPITALS}][a-zəıöüşçğ]+(?:da|də|ta|tə)\s+)?"
                                            r"(?P<title>Prezident|Nazir|Səfir)\s+"
                                            rf"(?=[{CAPITALS}][^,.;:!?“”«»\"]*?[{CAPITALS}][\wəıöüşçğ'’\-]*"
                                            r"(?:[ıiuü]n|n[ıiuü]n)\s)")
_AZ_BARE_TITLES_WITH_PRESIDENT = _AZ_BARE_OFFICE_TITLES | {"prezident"}


def _az_bare_title_before_genitive(before: str, earlier: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(before.strip())[-1]
    if not (m := _AZ_BARE_TITLE_BEFORE_GENITIVE.match(sentence)):
        return None
    title = m["title"].lower()
    person = _az_bare_title_named_before(title, earlier + before[:before.rfind(sentence)], resolver,
                                         _AZ_BARE_TITLES_WITH_PRESIDENT)
    return person if _title_fits(title, person) else None


# Round 44: a title chain in the genitive before the full name after "deyə" ('– deyə Komitənin Gömrük statistikası
# idarəsinin rəisi X Y bildirib'): the speaker is the name after the lower-case possessive title word, not the
# capitalised body that opens the chain (which the resolver would read as a name)
_AZ_CHAIN_THEN_NAME = re.compile(rf"[{CAPITALS}].*?\s[a-zəıöüşçğ]+(?:[ıiuü]|s[ıiuü])\s+"
                                 rf"(?P<name>[{CAPITALS}][\wəıöüşçğ'’\-]+\s+[{CAPITALS}][\wəıöüşçğ'’\-]+)")


def _az_name_after_title_chain(spk: str) -> str | None:
    m = _AZ_CHAIN_THEN_NAME.fullmatch(spk.strip())
    return m["name"] if m and not places.codes_in(m["name"]) else None


# Round 44: a short lower-case title of two words after a quote ('– deyə icra başçısı qeyd edib') for the one the text
# before titled in full, its first word capitalised and opening a body's name in the genitive before the same head word
# ("Şəki Şəhər İcra Hakimiyyətinin başçısı X Y"); two so titled are no one
def _az_short_title_named_before(spk: str, earlier: str, resolver: Resolver) -> Person | None:
    words = spk.strip().split()
    if len(words) != 2 or not words[0].isalpha():
        return None
    first, head = words
    first = ("i" if first[0] == "İ" else first[0].lower()) + first[1:]  # round 48: "Vilayət hakimi isə bildirib ki"
    capital = ("İ" if first[0] == "i" else first[0].upper()) + first[1:]
    # (round 48: the first word in the genitive itself, "Namanqan vilayətinin hakimi X Y" for "Vilayət hakimi")
    # (round 70, numbers70: a lower-case unit's possessive genitive after a vowel too, "DGK-nın Statistika və analiz
    # şöbəsinin rəisi X Y" for "şöbə rəisi", dev/1124; not a capitalised body's, "Kayseri Böyükşəhər Bələdiyyəsinin
    # sədri X Y", whose full title the lead's subject rules read with its role, dev/874)
    forms = re.compile(rf"(?<![\w\-])(?:(?:{first}|{capital})(?:[ıiuü]n[ıiuü]n|n[ıiuü]n)?|{first}s[ıiuü]n[ıiuü]n)"
                       rf"(?:\s+[{CAPITALS}][\wəıöüşçğ]*){{0,2}}"
                       rf"(?:\s+[\wəıöüşçğ]+(?:[ıiuü]n[ıiuü]n|n[ıiuü]n))?\s+{head}(?![\w\-])")
    return _az_one_named_after([m.end() for m in forms.finditer(earlier)], earlier, resolver)


# Round 48 (quotes, other): such a short title, its head word a possessive, as the subject of a sentence of reported
# speech ('Vilayət hakimi isə bildirib ki, … “…”', "… bildirib: “…”", '… “…” olduğunu deyib'), or in a dash line's
# attribution with where or to whom it was said after it ('– …, – deyə icra başçısı görüşdə bildirib'): the one the text
# before titled in full ("Namanqan vilayətinin hakimi X Y", "Gəncə Şəhər İcra Hakimiyyətinin başçısı X Y"), no one else
_AZ_SHORT_TITLE_OPENING = re.compile(r"(?P<title>[A-ZƏa-zəıöüşçğ][a-zəıöüşçğ]+\s+[a-zəıöüşçğ]+(?:[ıiuü]|s[ıiuü]))"
                                     r"(?:\s+(?:isə|da|də|həmçinin))*\s*,?\s+\w")
_AZ_SHORT_TITLE_BEFORE_OCCASION = re.compile(r"(?P<title>[a-zəıöüşçğ]+\s+[a-zəıöüşçğ]+(?:[ıiuü]|s[ıiuü]))"
                                             r"(?:\s+[a-zəıöüşçğ]+(?:d[aə]|t[aə]|[aə]|[ıiuü]n|d[aə]n\s+sonra)){0,3}")


# Round 51 (quotes51b): "Onun sözlərinə görə, … «…»" (in his words) after a sentence whose subject is a short title
# ("İcra başçısı Sumqayıtın … diqqətə çatdırıb."; "Vilayət hakimi …"): the one the text before titled so in full
# ("… İcra Hakimiyyətinin başçısı Zakir Fərəcov"), as _az_short_title_subject reads the title opening the quote's
# sentence
_AZ_SHORT_TITLE_LEAD = re.compile(r"(?P<title>[A-ZƏİa-zəıöüşçğ][a-zəıöüşçğ]+\s+[a-zəıöüşçğ]+(?:[ıiuü]|s[ıiuü]))"
                                  r"(?:\s+(?:isə|da|də|həmçinin))*\s*,?\s+\w")


def _az_his_words_short_title(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    """The person a short title opening the sentence before 'Onun sözlərinə görə, … «…»' means, else None."""
    sentence = _SENTENCE_BREAK.split(own_before)[-1]
    if not sentence.startswith("Onun sözlərinə") or sentence.rstrip()[-1:] in (".", "!", "?", "…") \
            or not _plain_object(sentence[sentence.index(",") + 1:] if "," in sentence else "", resolver):
        return None
    lead = own_before[:len(own_before) - len(sentence)]
    previous = _SENTENCE_BREAK.split(lead.strip())[-1]
    if not (m := _AZ_SHORT_TITLE_LEAD.match(previous)) or _QUOTE_MARK.search(previous):
        return None
    return _az_short_title_named_before(m["title"], earlier + lead[:len(lead.rstrip()) - len(previous)], resolver)


def _az_short_title_subject(own_before: str, after: str, quoted: str, earlier: str,
                            resolver: Resolver) -> Person | None:
    """The person the text before titled as the short title opening the quote's sentence of reported speech."""
    sentence = _SENTENCE_BREAK.split(own_before)[-1] if own_before.strip() else ""
    if not (m := _AZ_SHORT_TITLE_OPENING.match(sentence)) or sentence.rstrip()[-1:] in (".", "!", "?", "…"):
        return None
    said = (k := AZ_KI.search(sentence)) is not None and _plain_object(sentence[k.end():], resolver)
    if not (said or AZ_COLON_VERB.search(sentence) or AZ_CLAUSE_AFTER.match(after)
            or (NOMINALISED_END.search(quoted) and BARE_VERB_AFTER.match(after))):
        return None
    return _az_short_title_named_before(m["title"], earlier + own_before[:len(own_before) - len(sentence)], resolver)


def _az_bare_title_named_before(spk: str, earlier: str, resolver: Resolver,
                                titles: frozenset[str] = _AZ_BARE_OFFICE_TITLES) -> Person | None:
    title = spk.strip()
    if title not in titles:
        return None
    # the possessive after a consonant ("səfiri", "rektoru") or a vowel ("nümayəndəsi"); the capital at a sentence's
    # start only, and never "Hakim" (a given name as well)
    capital = "" if title == "hakim" else f"|(?:^|(?<=[.!?]\\s)|(?<=\\n)){title[0].upper()}{title[1:]}"
    # (round 44: or capitalised anywhere with its possessive, as official titles are written, "Türkmənistan
    # Prezidenti X Y", "Qırğızıstanın Səfiri X Y")
    if title != "hakim":
        capital += rf"|(?<![\w\-])(?<![Bb]aş ){title[0].upper()}{title[1:]}(?=[ıiuü](?![\w\-])|s[ıiuü](?![\w\-]))"
    # (not "Baş naziri X Y": a prime minister is no "nazir" said bare)
    forms = re.compile(rf"(?:(?<![\w\-])(?<![Bb]aş ){title}{capital})(?:[ıiuü]|s[ıiuü])?(?![\w\-])")
    return _az_one_named_after([m.end() for m in forms.finditer(earlier)], earlier, resolver)


# Round 68 (turkpa68b): a bare capitalised title word after a quote, naming no one ('“…”, - deyə Toraqa bildirib',
# the Kyrgyz speaker of parliament, dev/1100): the one person the text before titled so in the possessive before his
# full name ("Jogorku Keneşinin Toraqası X Y"), as _az_bare_title_named_before reads a lower-case title from its list
_AZ_CAPITAL_TITLE_WORD = re.compile(rf"[{CAPITALS}][a-zəıöüğşç]{{3,}}")


def _az_capital_title_named_before(title: str, earlier: str, resolver: Resolver) -> Person | None:
    word = title.lower()
    return _az_bare_title_named_before(word, earlier, resolver, frozenset({word}))


# Round 57 (quotesaztr57): a bare title after a quote ('«…», – deyə nazir bildirib') when the text titled two so (a
# commission's two co-chairs, "… naziri X Y və … naziri Z W"): the one of them whose name the text gave last before its
# last sentence opening with that title bare and capitalised ("İclasda çıxış edən X Y … bildirib. Nazir … qeyd edib
# ki, …"), as long as no other of them is named after that sentence
def _az_bare_title_last_subject(spk: str, earlier: str, resolver: Resolver) -> Person | None:
    title = spk.strip()
    if title not in _AZ_BARE_OFFICE_TITLES or title == "hakim":
        return None
    capital = f"{title[0].upper()}{title[1:]}"
    opening = earlier.rfind(f"{capital} ")
    while opening > 0 and not (earlier[opening - 1] == "\n" or earlier[opening - 2:opening] in (". ", "! ", "? ")):
        opening = earlier.rfind(f"{capital} ", 0, opening)
    if opening <= 0:
        return None
    forms = re.compile(rf"(?<![\w\-])(?<![Bb]aş )(?:{title}|{capital})(?:[ıiuü]|s[ıiuü])?(?![\w\-])")
    names = {_AZ_SURNAME_OBLIQUE.sub("", az_nominative(m["name"])) for t in forms.finditer(earlier, 0, opening)
             if (m := _AZ_NAME_AFTER_TITLE.match(earlier, t.end())) and not places.codes_in(m["name"])}
    if len(names) < 2:
        return None  # (one so titled is _az_bare_title_named_before's)
    surnames = {name: name.split()[-1] for name in names}
    if any(surname in earlier[opening:] for surname in surnames.values()):
        return None
    last = max(names, key=lambda name: earlier.rfind(surnames[name], 0, opening))
    return resolver.resolve(last) if earlier.rfind(surnames[last], 0, opening) >= 0 else None


# Round 62 (quotesother62): a bare title after the quote when two the article so titled were named ("… həmsədrlər –
# iqtisadiyyat naziri X Y və … naziri Z W"), the quote opening a sentence right after one about one of them
# ('Çıxışında X.Y … bildirib. “…”, – deyə nazir vurğulayıb.'): the one person that sentence names (initial and
# surname, or in full) whom the text before titled so
_AZ_SENTENCE_PERSON = re.compile(rf"(?<![\w.])(?=(?P<name>[{CAPITALS}]\.\s?[{CAPITALS}][\w'’\-]+"
                                 rf"|[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+))")  # (overlapping runs)


def _az_bare_title_sentence_subject(spk: str, own_before: str, earlier: str, resolver: Resolver) -> Person | None:
    title = spk.strip()
    if title not in _AZ_BARE_OFFICE_TITLES or own_before.rstrip()[-1:] not in ".!?":
        return None
    sentence = _AZ_TITLE_SPAN_START.split(own_before.rstrip()[:-1])[-1]
    titled = set()
    for m in _AZ_SENTENCE_PERSON.finditer(sentence):
        phrase = m["name"]
        person = initial_named_in_full(earlier, phrase, resolver) if "." in phrase \
            else resolver.resolve(az_nominative(phrase), speaking=False)
        if person is not None and re.search(rf"(?<![\w\-]){title}(?:[ıiuü]|s[ıiuü])?\s+"
                                            rf"{re.escape(person.name.split()[-1][:4])}|"
                                            rf"(?<![\w\-]){title}(?:[ıiuü]|s[ıiuü])?\s+[{CAPITALS}][\w'’\-]+\s+"
                                            rf"{re.escape(phrase.split('.')[-1].split()[-1][:4])}", earlier):
            titled.add(person.name)
    return resolver.resolve(next(iter(titled))) if len(titled) == 1 else None


# Round 54 (quotesaz): "the Uzbek minister" after a quote ('“…”, – deyə özbək naziri bildirib') when no minister of that
# state is known by the table or titled with it right before his name: the one full name after "naziri" whose title,
# back to the sentence's start or the name titled before it, names that state ("Özbəkistan Respublikasının Baş
# nazirinin müavini, İnvestisiyalar, sənaye və ticarət naziri X Y"); two so titled are no one
_AZ_MINISTER_NAMED = re.compile(rf"(?<![\w\-])(?<![Bb]aş )[Nn]aziri?\s+"
                                rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)")
_AZ_TITLE_SPAN_START = re.compile(r"[.!?]\s|\n")


def _az_state_minister_named_before(spk: str, earlier: str, resolver: Resolver) -> Person | None:
    """The one person `earlier` titled a minister of the state of `spk` ("özbək naziri", "Qazaxıstan naziri")."""
    codes = _local_minister_country(spk.strip())
    if len(codes) != 1:
        return None
    names, start = set(), 0
    for m in _AZ_MINISTER_NAMED.finditer(earlier):
        span = earlier[max(start, m.start() - 200):m.start()]
        span = _AZ_TITLE_SPAN_START.split(span)[-1]
        start = m.end()
        if places.codes_in(span) == codes and not places.codes_in(m["name"]):
            names.add(_AZ_SURNAME_OBLIQUE.sub("", az_nominative(m["name"])))
    return resolver.resolve(names.pop()) if len(names) == 1 else None


# Round 21: '“…”, - o deyib.' after a sentence of reported speech "X-in sözlərinə görə, tərəflər … hədəfləyir." in the
# quote's paragraph: "o" (he) is X, whose words the sentence reports, not whoever spoke last
AZ_PRONOUN_AFTER = re.compile(rf"^\s*[,.]?\s*[-–—]?\s*o\s+(?:{AZ_VERBS})\b")


def _az_according_lead(before: str, resolver: Resolver) -> None:
    """Each running-text sentence before the quote that opens "X-in sözlərinə görə," makes X the last speaker."""
    if _QUOTE_MARK.search(before):
        return
    for sentence in _SENTENCE_BREAK.split(before.strip()):
        if (m := AZ_ACCORDING.match(sentence)) and m["spk"].strip() != "On":
            resolver.resolve(m["spk"].strip())

# the running sentence's subject opens it: its surname before "isə" (as for) or a comma, else in its first four words
# ("Nazir X Y isə …", "Y.X isə …"), not a capitalised document's name further in ("Tərəflər isə … Ticarət Sazişinin …")
_AZ_SUBJECT_END = re.compile(r"\s+isə\b|,")
_SUBJECT_WORDS = 4


def _az_his_words_owner(lead: str, resolver: Resolver) -> Person | None:
    """Round 21: "Onun fikrincə, … «…» aparılır" (in his view) is the pronoun "o", whose genitive AZ_ACCORDING cuts as
    "On" + "un": the last speaker when it opens its paragraph (`lead`, the paragraph before the sentence, empty).
    Round 22: after a quote of the paragraph ('“…”, - deyə türkmən naziri bildirib. Onun sözlərinə görə, …') still
    the last speaker, who said that quote; after a sentence of running text ("Nazir X Y isə … qeyd edib. Onun
    sözlərinə görə, …") that sentence's subject, a person it names (a sentence about no one gives no one)."""
    if "“" in lead or "\"" in lead or "«" in lead:
        lead = _unquote_terms(lead)  # round 32: a company's name in marks ("“Gəncə Aqro” MMC-nin rəhbəri X Y") is no quote
    if not lead.strip() or _QUOTE_MARK.search(lead):
        return resolver.resolve("o")
    person = _clause_subject(lead, resolver, speaking=False)
    if person is None or person.rule == "anaphor" or not _opens_with(lead, person, resolver) \
            or (person.rule == "unlisted name" and _AZ_BODY_LAST_WORD.search(person.name)):
        return _az_titled_subject(lead, resolver)  # round 43 (a body the resolver read as a name is no one)
    return resolver.resolve(person.name)


# Round 43: a subject behind a long title ("Türkiyənin … Şurası nəzdində fəaliyyət göstərən Türkiyə–Tacikistan İş
# Şurasının sədri Murat Kılınçarslan Economy.az-ın suallarını cavablandırıb. Onun sözlərinə görə, … «…».") opens with
# bodies, not in its first words: the one full name right after a possessive title ("sədri", "naziri", "rəhbəri"),
# with no case ending of its own, is the sentence's subject (a body's name before the title is in the genitive)
_AZ_BODY_LAST_WORD = re.compile(rf"(?:^|\s|-){AZ_BODY_NOUN}\w*$")
_AZ_TITLED_FULL_NAME = re.compile(rf"(?<![\w\-])(?:{'|'.join(AZ_POSSESSIVE_TITLES)})\s+"
                                  rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])")


def _az_titled_subject(lead: str, resolver: Resolver) -> Person | None:
    """The one full name after a possessive title in the last sentence of `lead`, in the nominative, as a person."""
    sentence = _SENTENCE_BREAK.split(lead.strip())[-1]
    names = [m["name"] for m in _AZ_TITLED_FULL_NAME.finditer(sentence)]
    if len(names) != 1 or az_nominative(names[0]) != names[0] or _AZ_SURNAME_CASE.search(names[0]) \
            or places.codes_in(names[0]):
        return None
    person = resolver.resolve(names[0], speaking=False)
    return resolver.resolve(person.name) if person is not None and person.rule in ("name", "unlisted name") else None


def _opens_with(lead: str, person: Person, resolver: Resolver) -> bool:
    """Do the first words of the last sentence of `lead` (before "isə" or a comma, else its first four) name `person`?"""
    sentence = _SENTENCE_BREAK.split(lead.strip())[-1]
    end = _AZ_SUBJECT_END.search(sentence)
    opening = sentence[:end.start()] if end else " ".join(sentence.split()[:_SUBJECT_WORDS])
    if (appositive := AZ_APPOSITIVE_SUBJECT_ISE.match(sentence)) and sentence[end.start()] == ",":
        opening = sentence[:appositive.start("end")]  # round 32: "Descriptor, title X Y isə …"
    named = resolver.resolve(opening, speaking=False)
    return named is not None and named.name == person.name


# --- A headline names the speaker of the body's quote ---
_HEADLINE_LABEL = re.compile(r"^\s*(?P<spk>[^:“”«»\"„]{3,60}?)\s*:\s*$")


def _headline_speakers(text: str, found: list[Found], headline_end: int, resolver: Resolver) -> list[Found]:
    """'Sahibə Qafarova Astanada: “Parlamentlərimiz … gücləndirməlidir”' over a body quote that holds those
    words and whose attribution the rules could not read ("Spiker çıxışında … vurğulayıb: “…”"): the
    headline ("Name [in a place]: “…”") says who spoke it."""
    heads = []  # (words, speaker) of the headline's quotes; the headline quote itself keeps what it had
    for head in found:
        if head.outer[0] < headline_end and _words(head.text) >= MIN_WORDS:
            speaker, titled = head.speaker, False
            if speaker is None and (m := _HEADLINE_LABEL.match(text[:head.outer[0]])):
                speaker = resolver.resolve(m["spk"], speaking=False)
                titled = _headline_label_state(m["spk"])  # round 51 (quotes_gaps51)
                # (round 43: "Uzbek minister" may resolve to the minister spoken of last; the body's title says who)
                if (speaker is None or _EN_HEADLINE_TITLE.fullmatch(m["spk"].strip())) \
                        and (holder := _headline_title_holder(m["spk"], text[headline_end:], found)
                             or _en_headline_title_holder(m["spk"], text[headline_end:], found, resolver)):
                    speaker = holder
                    if not _said_again_below(head, found, headline_end):
                        head.speaker, head.rule = speaker, "headline"  # its words nowhere below: the headline's quote
            if speaker is not None:
                heads.append((head.text.casefold().rstrip(".!?…"), speaker, _named_by_label(head), titled))
    guessed: tuple[str, Person] | None = None  # (round 51) the bare title's guess the headline corrected, and whom
    for quote in found:
        if heads and quote.outer[0] >= headline_end and (quote.speaker is None or quote.speaker.rule == "anaphor"):
            words = quote.text.casefold()
            # (round 51: a bare title's or pronoun's guess gives way to a name the headline's label gives in full, and
            # so does the same guess for the quotes after it, up to a quote whose speaker is named)
            # (round 51, quotes_gaps51: and a guess of another state than the one a title label names, "Hungarian
            # minister: “…”" over "“…,” the minister said" after the Kazakh host spoke)
            speaker = next((spk for head, spk, named, titled in heads if head in words
                            and (quote.speaker is None or named
                                 or (titled and spk.iso3 and quote.speaker.iso3 not in ("", spk.iso3)))), None)
            if speaker is None and guessed and quote.speaker and quote.speaker.name == guessed[0]:
                quote.speaker = guessed[1]  # (its own attribution's rule kept)
            elif speaker is not None and quote.speaker is not None and quote.speaker.name != speaker.name:
                guessed = (quote.speaker.name, speaker)
            if speaker is not None:
                quote.speaker, quote.rule = speaker, "headline"
        elif quote.speaker is not None and quote.outer[0] >= headline_end:
            guessed = None
    return _turkic_caps_subheading_own_quotes(text, _az_subheading_title_below(text, _titled_subheading_speakers(
        text, _turkic_subheading_speakers(text, found, headline_end, resolver), headline_end), headline_end,
        resolver), headline_end, resolver)  # round 18, round 21, round 22, round 36


def _headline_label_state(label: str) -> bool:
    """Round 51 (quotes_gaps51): does a headline label name a state beside its title ("Hungarian minister", "Глава
    МИД Венгрии", "Macar bakan")? Then the holder it resolves to outweighs a body guess of another state."""
    words = label.split()
    return bool(words) and bool(places.codes_in(label) or _local_demonym_code(words[0]))


def _named_by_label(head: Found) -> bool:
    """Round 51: is the headline quote `head` given by its label to a person named there ("Márton Nagy: “…”"), which
    outweighs a body attribution to a bare title or pronoun (the release's "“…,” the Minister stressed" after the
    guest minister was named last)?"""
    return head.rule == "headline-label" and head.speaker is not None \
        and head.speaker.rule in ("name", "unlisted name")


# A headline label of a place's title-holder and where he is ('Türküstan akimi Şuşada: “…”', "Almatı akimi Bakıda:"):
# a speaker of the body whom the body names right after that place's title ("Türküstan vilayətinin akimi X Y-nın
# başçılıq etdiyi …"); a title the body gives nobody who speaks leaves the headline unsaid
_AZ_HEADLINE_TITLE = re.compile(rf"(?P<place>[{CAPITALS}][\w'’\-]+)\s+(?P<title>akimi|meri|qubernatoru|hakimi)"
                                rf"(?:\s+[{CAPITALS}][\w'’\-]+)?")


def _headline_title_holder(label: str, body: str, found: list[Found]) -> Person | None:
    if "akimi" not in label and "meri" not in label and "qubernatoru" not in label and "hakimi" not in label:
        return None  # a cheap gate: few headlines label a place's title
    if not (m := _AZ_HEADLINE_TITLE.fullmatch(label.strip())):
        return None
    speakers = {q.speaker.name: q.speaker for q in found if q.speaker is not None}
    titled = re.compile(rf"{re.escape(m['place'])}\w*\s+(?:[a-zəıöüşçğ]+\s+)?{m['title']}\s+")
    for t in titled.finditer(body):
        if (holder := next((p for name, p in speakers.items() if body.startswith(name, t.end())), None)) is not None:
            return holder
    return None


# Round 43: the English form, a state's adjective and a title ('Tajik ambassador: "…"', "Kazakh minister:", "Turkish
# investor:"): the one speaker of the body whom the body names within a few words after that title ("Tajikistan's
# ambassador to Kazakhstan, Ismatullo Nasredinzoda, …"), near the state the label names
# (round 43, second wave: the Turkish form too, a bare demonym and a title, "Kazak büyükelçi:", "Kırgız bakan:", the
# body giving the title in the possessive, "Kazakistan'ın Ankara Büyükelçisi X Y")
_EN_HEADLINE_TITLE = re.compile(rf"(?:(?:the|a|an)\s+)?(?P<state>[{CAPITALS}][\w'’\-]+)\s+"
                                r"(?P<title>(?:deputy\s+|prime\s+|foreign\s+|trade\s+|economy\s+)?"
                                r"(?:ambassador|envoy|minister|president|consul|governor|mayor|akim|chairman|speaker"
                                r"|investor|businessman|expert|economist|analyst|diplomat|official"
                                r"|bakan|büyükelçi|başkonsolos|vali|yatırımcı|uzman|ekonomist|milletvekili))", re.I)
# Round 66 (quotes66): that title before a full name, the label of an English interview's headline ('Uzbek ambassador
# X Y: "…"', "Kazakh economist X Y:"), whose quote the body may not say again (dev/1084): the name is the label's
# (_headline_label_person); the name's capitals case-sensitive, so "ambassador says" is no name
_EN_HEADLINE_TITLED_NAME = re.compile(rf"{_EN_HEADLINE_TITLE.pattern}\s+(?-i:(?P<name>[{CAPITALS}][\w'’\-]+"
                                      rf"(?:\s+[{CAPITALS}][\w'’\-]+)+))", re.I)
_EN_TITLE_TO_NAME = 80  # characters from the body's title to the name after it ("ambassador to Kazakhstan, X Y")


_EN_FULL_NAME = re.compile(rf"[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+")


def _local_demonym_code(word: str) -> list[str]:
    """The state of a bare Turkish or Azerbaijani demonym ("Kazak", "Kırgız"), as places.codes_in answers."""
    return [code] if (code := _LOCAL_DEMONYMS.get(word.lower())) else []


def _en_headline_title_holder(label: str, body: str, found: list[Found], resolver: Resolver) -> Person | None:
    if not (m := _EN_HEADLINE_TITLE.fullmatch(label.strip())) \
            or not (states := places.codes_in(m["state"]) or _local_demonym_code(m["state"])):
        return None
    speakers = {q.speaker.name: q.speaker for q in found if q.speaker is not None}
    holders = set()
    # (a Turkish title in the body in the possessive, "Büyükelçisi", "Bakanı")
    title_word = re.compile(rf"\b{re.escape(m['title'].split()[-1].lower())}(?:[ıiuü]|s[ıiuü])?\b", re.I)
    for t in title_word.finditer(body):
        stated = states[0] in places.codes_in(body[max(0, t.start() - 40):t.end() + _EN_TITLE_TO_NAME])
        for name in _EN_FULL_NAME.finditer(body, t.end(), t.end() + _EN_TITLE_TO_NAME):
            # the name as the speakers are written (a holder's table spelling, "Kazakbayev" → "Kazakbaev")
            person = resolver.resolve(name[0], speaking=False) if not places.codes_in(name[0]) else None
            if person is not None and person.name in speakers:
                # (round 43, second wave: a holder's state the table knows decides, the body's state near the title
                # perhaps the dateline's, "Astana — Foreign Minister Jeyhun Bayramov"; unknown to it, the body's)
                if (held := _holder_state(person)) == states[0] or (stated and not held):
                    holders.add(person.name)
                break
    for t in title_word.finditer(body):
        if (person := _en_name_before_title(body, t, states[0], resolver)) is not None and person.name in speakers:
            holders.add(person.name)  # round 43, second wave: "X Y, Kazakhstan's envoy to …", "X Y, a diplomat …"
    return speakers[holders.pop()] if len(holders) == 1 else None


# Round 43, second wave: the body may give the title after the name, as an appositive ("Alim Bayel, Kazakhstan's envoy
# to Azerbaijan, …", "X Y, the Kyrgyz envoy", "X Y, who has served as Turkmenistan's ambassador …", "X Y, a diplomat
# for twenty years, …"): the full name right before a comma and a few words before the title. The state the words
# between name and title name must be the label's; naming none, the title's own words to the clause's end name the
# label's state first or none ("X Y, envoy to Azerbaijan" under "Kazakh envoy:" is no one: whose envoy is not told)
_EN_NAME_THEN_APPOSITIVE = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+),\s+"
                                      r"(?P<between>(?:[\w'’\-]+\s+){0,5})$")
_EN_NAME_TO_TITLE = 80  # characters from the name's start to the title after it


def _en_name_before_title(body: str, title: re.Match, state: str, resolver: Resolver) -> Person | None:
    if not (m := _EN_NAME_THEN_APPOSITIVE.search(body, max(0, title.start() - _EN_NAME_TO_TITLE), title.start())) \
            or places.codes_in(m["name"]):
        return None
    if codes := places.codes_in(m["between"]):
        if state not in codes:
            return None
    elif (codes := places.codes_in(re.split(r"[,.;:!?]", body[title.end():title.end() + _EN_TITLE_TO_NAME])[0])) \
            and codes[0] != state:
        return None
    person = resolver.resolve(m["name"], speaking=False)
    return None if person is not None and _holder_state(person) not in ("", state) else person


def _holder_state(person: Person) -> str:
    """The state the office holders table gives `person`, else "" (an unlisted name's iso3 may be a dateline's)."""
    terms = officeholders.by_name(person.name)
    return terms[0].country if terms else ""


def _said_again_below(head: Found, found: list[Found], headline_end: int) -> bool:
    """Does a quote below the headline hold the words of the headline's quote `head`?"""
    words = _folded_quote(head.text).rstrip(".!?…")
    return any(words in _folded_quote(quote.text) for quote in found if quote.outer[0] >= headline_end)


# Round 51 (quotes_gaps51): where a release's opening sentence ends (Resolver.opening)
_OPENING_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÇĞİÖŞÜƏА-ЯЁ\"“«])")


# --- round 9, English partial quotes -------------------------------------------------------------------
# "In his words, the corridor is “…,” and the member states must remove “…”": the words of the one person
# the sentence before names (as "According to him, …"); every quote of the sentence is his
_IN_WORDS_OPENING = re.compile(r"In (?P<spk>his|her|[A-Z][^,“”\"«»„'’]{1,40}?)(?:['’]s)? words,\s+(?P<rest>.*)$", re.S)
_OBJECT_PRONOUNS["his"] = "he"  # "In his words, …" (_according_speaker reads the possessive as the pronoun;
# "In Erdoğan's words": _speaker_phrase and the resolver read the name through its "'s")
# a second clause with a subject of its own: "Gas has flowed since 2018, and Mr Aliyev described the corridor
# as “…”" (the last one, its subject capitalised; round 51: or a clause of place, "…, began with talks at the
# governor's office, where Mersin Governor X Y described Kazakhstan as “…”")
_COORDINATED_CLAUSE = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas|where)\s+(?=[A-Z][^,;]*$)")
# (round 51, quotes_gaps51: a clause of place whose subject opens with a possessive or article and a lower-case title,
# "…, where its chairman X Y called the port “…”": read as "the chairman X Y called …")
_EN_WHERE_LOWER_SUBJECT = re.compile(r",\s+where\s+(?:its|his|her|their|the)\s+"
                                     r"(?=[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+[A-Z][^,;]*$)")
# Round 63 (quotesother63): an editor's note after a meeting's clause, the subject capitalised right after "during
# which", "at which", "after which" or "where" ("the heads of state held a one-on-one meeting, during which Tokayev
# described relations as “…”"): the clause after it is a sentence of its own, its subject the quote's speaker
_EN_WHICH_CAPITAL_SUBJECT = re.compile(r",\s+(?:(?:during|at|after|in|following)\s+which|where)\s+"
                                       r"(?=[A-Z][^,;]*$)")
# (and the Russian ", где …", the owner's pronoun left out: "…, где его председатель X Y назвал порт «…»")
_RU_WHERE_SUBJECT = re.compile(r",\s+где\s+(?:(?:его|её|ее|их)\s+)?(?=[А-ЯЁа-яё](?:[^,;]|,\s+что\s)*$)")
# Reported speech with the verb before its subject, the name in full and then its appositive: "But for Budapest the
# symbolism matters more, said Bálint Halmai, a senior fellow at …" (makes him the last speaker, and his
# surname known for a later "“…,” Halmai said")
_INVERTED_SAID = re.compile(rf",\s+(?:said|says)\s+(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})"
                            r"\s*(?:,\s+(?:an?|the)\s|[.;]|$)")


def _sentence_before_subject(own_before: str, quoted: str, resolver: Resolver) -> Person | None:
    """'Back at the terminal, Akhmetov shrugged when asked whether he would go on. “Where else would I go? …”':
    a quote of whole sentences that ends its paragraph with no attribution, after a finished sentence of running
    text in the same paragraph that opens with a person and names nobody else, is that person's."""
    body = own_before.rstrip()
    if not body or body[-1] not in ".!?" or not quoted[:1].isupper() or _QUOTE_MARK.search(body):
        return None
    sentence = _QUOTE_SENTENCE_BREAK.split(body)[-1]
    found = _subject(sentence, resolver)
    # not after a sentence of reported speech ("Aliyev noted that trade grew. “…”"): a whole quote after his
    # words in summary needs an attribution of its own (round 5's rule)
    if found and found[1]["verb"].lower() not in _SPEECH_VERB_WORDS \
            and _plain_object(sentence[found[1].end("verb"):], resolver):
        return resolver.resolve(_speaker_phrase(found[1]["spk"]))
    return None


# --- round 10 (English) -------------------------------------------------------------------------------
# "According to the press service, the Uzbek leader said the agreements “…”": an opening that names a
# source, no person (a body's service, office, statement), leaves the sentence's own subject to speak
# (round 18: or whose it is after "from"/"by"/"of", "a statement from the Communications Directorate", "a readout
# issued by the presidency"; a directorate, department, embassy or transcript is a source too)
_ACCORDING_SOURCE = re.compile(r"(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,4}?(?:service|presidency|ministry|office|statement|"
                               r"readout|website|administration|agency|report|communiqu[ée]|release|government|"
                               r"side|channel|directorate|department|embassy|transcript)"
                               r"(?:\s+(?:(?:issued|released|published|posted)\s+)?(?:from|by|of)\s+(?:the\s+)?"
                               r"(?P<body>[\w'’\-]+(?:\s+[\w'’\-]+){0,5}))?$", re.I)
_EN_SOURCE_BODY_WORDS = frozenset({"Directorate", "Presidency", "Department", "Embassy", "Kremlin", "Akorda"})


# Round 23: an adjective of office ("the Azerbaijani presidential press service") is the body's, no person: the
# resolver reads "Azerbaijani presidential" as the Azerbaijani president, so it is dropped before asking
_EN_OFFICE_ADJECTIVE = re.compile(r"\s(?:presidential|prime\s+ministerial|ministerial)(?=\s)", re.I)


def _according_source(m: re.Match, resolver: Resolver) -> bool:
    """Is the phrase of 'According to X, …' a source that is no person ("the Azerbaijani presidency")?"""
    phrase = m["spk"].strip()
    if "ial " in phrase:
        phrase = _EN_OFFICE_ADJECTIVE.sub("", phrase)
    source = _ACCORDING_SOURCE.fullmatch(phrase)
    if source is None and phrase[-1:] in "asnyrV" and _EN_ACCORDING_MEDIA.fullmatch(phrase):
        return True  # round 33: "According to Turkmen state media, X described …"
    if source is None or not source["body"]:
        return source is not None and not _names_someone(phrase, resolver)
    # round 18: a body after "from" ("the Communications Directorate", "Aliyev's office") is whose the statement is,
    # no person of its own
    last = source["body"].rsplit(None, 1)[-1].capitalize()
    return not _names_someone(phrase[:source.start("body")], resolver) \
        and (last in _BODY_WORDS or last in _EN_SOURCE_BODY_WORDS or not _names_someone(source["body"], resolver))


# present tense of the verbs that name their object: "Mr Tokayev, never one for poetry, calls the corridor “…”"
_NAMING_VERBS = _NAMING_VERBS + ("calls", "terms", "dubs", "brands")
# "President Nikos Christodoulides, for his part, spoke of a “dangerous game …”": the quote is what he spoke of
_SPOKE_OF_VERBS = frozenset({"spoke", "speaks", "talked", "talks", "warned", "warns", "complained"})
_SPOKE_OF = re.compile(r"^\s+(?:of|about)\s+(?:(?:a|an|the)\s+)?"
                       # round 38 (English quotes): "spoke of the need to “…”", "talked about the importance of “…”"
                       r"(?:(?:need|importance|necessity|urgency)\s+(?:to|for|of)\s+)?$")
# "The President also recalled that …, calling it “…”": a participle that names its object (the quote)
# (round 12: an object of up to three words, "describing the Caspian route as “…”")
# (round 25: the object's noun may take an "of" phrase, "describing the vision of the Turkic century as “…”")
# (round 29: an amount among the object's words, "calling the $10 billion goal “…”", the analysis magazines' form)
_CALLING_END = re.compile(r",\s+(?:calling|describing|terming|dubbing|branding)\s+(?:it|them|this|that|"
                          r"(?:the|its|his|her|their)(?:\s+[$€£]?[\w\-]+){1,3}(?:\s+of\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?)"
                          r"(?:\s+as)?\s*$"
                          # round 59 (quotesen59): a participle that presents its object as the quote, the object's
                          # name up to six words long ("presenting the Caspian-Black Sea-Europe green energy corridor
                          # as “…”", "portraying the bloc as")
                          r"|,\s+(?:describing|presenting|portraying|characteri[sz]ing|casting)\s+(?:the|its|his|her|"
                          r"their)(?:\s+[$€£]?[\w\-]+){1,6}\s+as\s*$")
# "Ersin Tatar, in turn, thanked Azerbaijan for its support and said that … are “…”": a speech verb joined to
# the subject's first verb by "and"
_AND_SAID = re.compile(r"\s+and\s+(?:also\s+)?(?:said|noted|added|stressed|stated|emphasi[sz]ed|declared|insisted|"
                       r"underlined|recalled)\s+(?:that\s+)?")
# "He also praised “the remarkable dynamics of our trade …”": praise whose object is the quote itself
_PRAISE_VERBS = frozenset({"praised", "hailed", "welcomed", "lauded", "praises", "hails", "welcomes"})


def _partial_verb_forms(verb: str, rest: str) -> bool:
    """Does the rest of a sentence after its subject's verb make the partial quote ending it the subject's
    words, by one of round 10's forms (spoke of, calling it, "and said that", praised “…”)?"""
    if verb in _SPOKE_OF_VERBS and _SPOKE_OF.match(rest):
        return True
    if verb in _PRAISE_VERBS and not rest.strip():
        return True
    if (m := _CALLING_END.search(rest)) and not _SPEECH_WORD.search(rest[:m.start()]):
        return True
    if " and " in rest and (m := _AND_NAMING_GAP.search(rest)) and not _SPEECH_WORD.search(rest[:m.start()]):
        return True  # round 17: "X described the talks as constructive and praised Ankara’s “…”", "and called for “…”"
    if ", and " in rest and (m := _EN_AND_CALLED_FOR.search(rest)) and not _QUOTE_MARK.search(rest[:m.start()]):
        return True  # round 26: "X said …, and called for a rate that would let forwarders quote a price “…”"
    if _en_promise_or_hope(verb, rest):
        return True  # round 18
    if verb in _EN_OCCASION_VERBS and _EN_OCCASION_TO_NAME.match(rest):
        return True  # round 22
    if verb in _EN_WITH_SPEECH_PARTICIPLES and not _SPEECH_WORD.search(rest):
        return True  # round 22: ", with Erdogan saying the deal was “…”" (a with-clause's subject, _EN_WITH_CLAUSE)
    if verb in _EN_CAUSE_ITEM_VERBS and _EN_CAUSE_ITEM_VERBS[verb].match(rest) and not _SPEECH_WORD.search(rest):
        return True  # round 60 (quotesen60): "X put the dip down to “…”", "X listed … and “…” among …"
    if verb in _EN_TOAST_VERBS and _EN_TOAST_VERBS[verb].match(rest):
        return True  # round 76 (live76): "X raised a toast to “…”", "X toasted “…”"
    m = _AND_SAID.search(rest)
    return bool(m) and not _SPEECH_WORD.search(rest[:m.start()]) and not _SPEECH_WORD.search(rest, m.end())


# Round 60 (quotesen60): a cause or a list item given in the subject's words, as analysts' quotes are written: "X put
# the dip down to “…”" ("attributed the fall to", "blamed … on", "blamed “…”"), "X listed … and “…” among the main
# irritants" ("cited", "named"): the verb and what the rest before the quote must be (no other clause: no
# punctuation, at most 80 characters)
_EN_CAUSE_OBJECT = r"[^“”\"«»„.;:!?,]{1,80}?"
_EN_PUT_DOWN_TO = re.compile(rf"^\s+{_EN_CAUSE_OBJECT}\s+down\s+to\s*$")
_EN_ATTRIBUTED_TO = re.compile(rf"^\s+{_EN_CAUSE_OBJECT}\s+to\s*$")
_EN_BLAMED = re.compile(rf"^\s*(?:{_EN_CAUSE_OBJECT}\s+on\s*)?$")
_EN_LISTED = re.compile(rf"^\s*(?:{_EN_CAUSE_OBJECT}\s+(?:and|as\s+well\s+as)\s*)?$")
_EN_CAUSE_ITEM_VERBS = {**dict.fromkeys(("put", "puts"), _EN_PUT_DOWN_TO),
                        **dict.fromkeys(("attributed", "attributes", "ascribed", "ascribes"), _EN_ATTRIBUTED_TO),
                        **dict.fromkeys(("blamed", "blames"), _EN_BLAMED),
                        **dict.fromkeys(("listed", "lists", "cited", "cites"), _EN_LISTED)}


# Round 76 (live76): a toast whose object is the partial quote, the toaster's words: "President X raised a toast to
# “the brotherly … people and their wise leader”" (dev/1194), "X proposed a toast to …", "X raised his glass to “…”",
# "X toasted “…”"; only the toast's own words between the verb and the quote
_EN_TOAST_TO = re.compile(r"^\s+(?:a\s+toast|(?:his|her|their|a)\s+glass(?:es)?)\s+to\s*$")
_EN_TOASTED = re.compile(r"^\s*(?:to\s*)?$")
_EN_TOAST_VERBS = {**dict.fromkeys(("raised", "raises", "proposed", "proposes", "made", "makes", "offered", "offers"),
                                   _EN_TOAST_TO),
                   **dict.fromkeys(("toasted", "toasts", "drank", "drinks"), _EN_TOASTED)}


# Round 18: a promise or a hope the partial quote ends: "Aliyev pledged to turn Baku into “…”" (vowed, promised, an
# infinitive after them), "Tokayev expressed hope that the corridor would become “…”" (confidence, conviction, belief,
# concern … that/over/about); the rest of the sentence holding no other speech word
_EN_PROMISE_VERBS = frozenset({"pledged", "vowed", "promised", "pledges", "vows", "promises"})
_EN_PROMISE_TO = re.compile(r"^\s+to\s+[a-z]")
_EN_EXPRESSED_HOPE = re.compile(r"^\s+(?:(?:his|her|the|a|firm|strong|deep|serious)\s+){0,2}(?:hope|confidence|conviction|"
                                r"belief|certainty|regret|concern|satisfaction|gratitude)\s+(?:that|over|about|with|at|"
                                r"for)\s")


def _en_promise_or_hope(verb: str, rest: str) -> bool:
    """Does the subject's verb promise or hope, the partial quote ending what was promised or hoped ("pledged to
    …", "expressed hope that …")?"""
    if verb in _EN_PROMISE_VERBS:
        m = _EN_PROMISE_TO.match(rest)
    elif verb in ("expressed", "expresses", "voiced"):
        m = _EN_EXPRESSED_HOPE.match(rest)
    else:
        return False
    return m is not None and not _SPEECH_WORD.search(rest, m.end())


# '“…,” government spokesman Konstantinos Letymbiotis said on Thursday': a lower-case title, then a full name
# and the verb (the title's words no preposition: "the statement by X said" is no speaker phrase)
AFTER_TITLED_NAME = re.compile(
    rf"^\s*[,.!?]?\s*[-–—]?\s*(?:the\s+)?(?:(?!(?:by|of|to|from|with|for|at|in|on|and|but|as|the|a|an)\s)[a-z][a-z\-]+\s+){{1,3}}"
    rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})\s+(?:{VERBS})\b")


# Round 62 (quotesen62): a ministry's name listing its fields with commas, '“…,” Minister of Investment, Industry and
# Trade X Y told reporters' / '“…,” said Minister of Energy, Water and Mining X Y.' (AFTER_SPEAKER_VERB's name takes
# a comma only right before a word, so the list stops it); the name is the title's last capitalised words
_EN_LIST_TITLE = (r"(?P<head>(?:[A-Z][\w'’\-]*\s+){0,3}?Minister\s+(?:of|for)\s+(?:the\s+)?"
                  r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                  r"(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)+,?\s+and\s+[A-Z][\w\-]+\s+"
                  rf"(?P<name>[{_EN_CAPITALS}][\w'’\-]+(?:\s+[{_EN_CAPITALS}][\w'’\-]+){{0,2}}?)")
AFTER_LIST_TITLE_VERB = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*{_EN_LIST_TITLE}\s+(?:{AFTER_VERBS})\b")
AFTER_VERB_LIST_TITLE = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*(?:{AFTER_VERBS})\s+{_EN_LIST_TITLE}"
                                   r"(?=\s*[,.;]|\s+(?:on|in|at|after|during|when|as)\b)")


def _en_list_titled_after(after: str, resolver: Resolver) -> tuple[Person, int] | None:
    """Round 62: the speaker after a quote titled by a ministry of listed fields, and the attribution's end."""
    m = AFTER_LIST_TITLE_VERB.match(after) or AFTER_VERB_LIST_TITLE.match(after)
    if m and (person := resolver.resolve(f'{m["head"]} {m["name"]}')) is not None:  # the list cut: "Minister of X Y Z"
        return person, m.end()
    return None

def _after_last_attribution(own_before: str) -> str:
    """The running text of a paragraph after its last quote and that quote's attribution sentence: '“…,” says
    Leyla Mammadova, a political scientist. Aigerim Seitkali, an analyst in Almaty, is blunter.' → the
    second sentence ("" when no sentence follows). Round 12: a quote that ends its sentence with a full stop
    has no attribution after it ('… called the arrests “unfriendly and unjustified.” Spokeswoman X was more
    diplomatic.'): all that follows is running text."""
    tail = _QUOTE_MARK.split(own_before)[-1]
    closed = own_before[:len(own_before) - len(tail)].rstrip("“”\"«»„")
    if closed.endswith(".") or tail.startswith("."):
        return tail.lstrip(".")
    parts = _QUOTE_SENTENCE_BREAK.split(tail, maxsplit=1)
    return parts[1] if len(parts) == 2 else ""


# An interview printed as labelled lines in one paragraph: "Le Monde: Do you expect …?" then "Ersin Tatar:
# Azerbaijan knows …": the question line is the interviewer's, the answer line after it a transcript quote
# of its label (a known office holder, as TRANSCRIPT wants)
# (the lines may come joined by a space: the break is a question mark, then a label and its colon)
_LINE_BREAK = re.compile(rf"(?<=\?)\s+(?=(?:[{_EN_CAPITALS}][\w'’.\-]+\s+){{0,3}}[{_EN_CAPITALS}][\w'’\-]+:\s)")


def _transcript_answer(text: str, a: int, b: int, resolver: Resolver) -> Found | None:
    """The answer of a paragraph "Label: question?" / "Name: answer" (`transcript`), else None."""
    lines = _LINE_BREAK.split(text[a:b].strip())
    if len(lines) != 2 or not lines[0].rstrip().endswith("?") or not TRANSCRIPT.match(lines[0]):
        return None
    m = TRANSCRIPT.match(lines[1])
    if not m or m["q"].rstrip().endswith("?") or not _labelled(m["spk"]) \
            or (person := resolver.resolve(m["spk"])) is None:
        return None
    start = text.index(lines[1], a) + m.start("q")
    return Found([(start, b)], (a, b), _clean(m["q"]), person, "transcript")


# --- round 16b (English): an interview laid out as "Q:" / "A:" paragraphs ------------------------------------
# "Q: How do you assess the visit?" / "A: The visit opened a new page …": the answers are the words of the one person
# the lead paragraph before the first question names ("Azerbaijan's ambassador to Kazakhstan, Rashad Mammadov, spoke
# to The Astana Times"); no one's when the lead names nobody or two. The questions are the interviewer's, no quote.
# (round 18b: Azerbaijani and Turkish interviews label them "S:"/"Sual:"/"Soru:" and "C:"/"Cavab:"/"Cevap:")
# (round 69, mfa69: a ministry spokesperson's briefing names who answers in the first answer's label, "A (Aibek
# Smadiyarov): …", then "A: …" for the rest, the lead naming no one (dev/1118): _qa_labelled_answerer)
_QA_QUESTION = re.compile(r"(?:Q|Question|S|Sual|Soru)\s*:\s*\S")
_QA_QUESTION_INITIALS = ("Q", "S")  # the first letters of _QA_QUESTION's labels (a cheap gate)
_QA_ANSWER = re.compile(r"(?:A|Answer|C|Cavab|Cevap)(?:\s*\((?P<who>[^()\n:]{3,60})\))?\s*:\s*(?=\S)")
_QA_ANSWER_INITIALS = ("A", "C")  # the first letters of _QA_ANSWER's labels (a cheap gate)


def _qa_answer(text: str, paras, a: int, b: int, resolver: Resolver) -> Found | None:
    """The quote of an "A: …" paragraph of a Q/A interview (`interview`), else None."""
    body = text[a:b]
    if not (m := _QA_ANSWER.match(body)):
        return None
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    first = _qa_first_turn(text, paras, index)
    if first == index or not _QA_QUESTION.match(text[slice(*paras[first])]):
        return None  # no question before the answer
    if (labelled := _qa_labelled_answerer(text, paras, first, index, resolver)) is not None:
        words = _clean(body[m.end():])
        return Found([(a + m.end(), b)], (a, b), words, labelled, "interview") if _words(words) >= MIN_WORDS else None
    if first == 0:
        return None  # no lead before the questions
    lead = text[slice(*paras[first - 1])]
    named = {p.name: run for run in _capital_runs(_without_interviewing_outlet(lead))  # (round 44: not the outlet)
             if (p := resolver.resolve(run, speaking=False))}
    words = _clean(body[m.end():])
    if len(named) > 1:  # round 47: the lead names his host too; the one who gave the interview is the interviewee
        named = _qa_one_interviewed(named, lead, text[slice(*paras[0])] if first > 1 else "")
    if len(named) != 1 or _words(words) < MIN_WORDS:
        return None
    person = resolver.resolve(next(iter(named.values())))
    return Found([(a + m.end(), b)], (a, b), words, person, "interview") if person else None


def _qa_labelled_answerer(text: str, paras, first: int, index: int, resolver: Resolver) -> Person | None:
    """Round 69 (mfa69): the person an answer's label names in brackets ("A (Aibek Smadiyarov): …"), this answer's or
    the last such label's before it in the Q/A run from paragraph `first`; None when no label names one."""
    for k in range(index, first - 1, -1):
        if (m := _QA_ANSWER.match(text, *paras[k])) and m["who"]:
            return resolver.resolve(m["who"])
    return None


def _qa_question_answered(text: str, paras, para_start: int) -> bool:
    """Round 69 (mfa69): is the paragraph at `para_start` a "Q: …" question of a Q/A run, an "A: …" answer right after
    it? A quote it holds ('Q: Last week President X said that "…". Does Astana share this view?', dev/1118) is put to
    the one who answers: the interviewer's question, no record."""
    if not _QA_QUESTION.match(text, para_start):
        return False
    index = next((i for i, (start, _) in enumerate(paras) if start == para_start), None)
    return index is not None and index + 1 < len(paras) and _QA_ANSWER.match(text, *paras[index + 1]) is not None


# Round 68 (podcastq68): a podcast's or broadcast's transcript laid out under role labels, "HOST: Welcome to …, I'm
# X Y. … Z W is a senior fellow at … Z, welcome." / "GUEST: Thanks. …" / "HOST: …?" / "GUEST: …" (dev/1109; an
# "Interviewer:" / "Guest:" too): every paragraph under the guest's label (4 words or more) is the words of the one
# person the host's turns name in full and address by the given name ("Z, welcome.", "Z, thank you."; not the host
# himself, nor a show's name, "Welcome to Steppe Signals, the podcast …"); no one's when none or two are.
_ROLE_HOST_LINE = re.compile(r"(?:HOST|Host|PRESENTER|Presenter|INTERVIEWER|Interviewer)\s*:\s*(?=\S)")
_ROLE_GUEST_LINE = re.compile(r"(?:GUEST|Guest)\s*:\s*(?=\S)")
_ADDRESSED_NAME = re.compile(rf"(?<![\w'’])([{CAPITALS}][\w'’\-]+),\s")


def _podcast_guest(text: str, paras, resolver: Resolver) -> Person | None:
    """The guest a role-labelled transcript's host names in full and addresses by the given name; else None."""
    turns = [text[a:b] for a, b in paras if _ROLE_HOST_LINE.match(text, a, b)]
    if not turns:
        return None
    addressed = {word for turn in turns for word in _ADDRESSED_NAME.findall(turn)}
    named: dict[str, Person] = {}
    for run in _capital_runs(turns[0]):
        if " " in run and run.split()[0] in addressed and (person := resolver.resolve(run, speaking=False)) \
                and person.rule in ("name", "unlisted name"):
            named[person.name] = person
    return next(iter(named.values())) if len(named) == 1 else None


def _without_role_label(before: str) -> str:
    """A paragraph's text before a quote without the role label opening it ("GUEST: Mirziyoyev took a similar line.
    He told …": the sentence's subject is the surname, whom "He" means)."""
    if before[:1] in "GHIP" and (role := _ROLE_GUEST_LINE.match(before) or _ROLE_HOST_LINE.match(before)):
        return before[role.end():]
    return before


def _podcast_guest_answer(text: str, paras, a: int, b: int, resolver: Resolver) -> Found | None:
    """The quote of a "GUEST: …" paragraph of a role-labelled transcript (`interview`), else None."""
    if not (m := _ROLE_GUEST_LINE.match(text, a, b)):
        return None
    words = _clean(text[m.end():b])
    if _words(words) < MIN_WORDS or (guest := _podcast_guest(text, paras, resolver)) is None:
        return None
    return Found([(m.end(), b)], (a, b), words, resolver.resolve(guest.name) or guest, "interview")


# Round 47: a lead that names two people (the minister interviewed and his host, "… co-chairs with Turkish Trade
# Minister Ömer Bolat. Shakkaliyev … sat down with Ankara Review …") tells which one gave the interview: the one
# person named in the sentence that says he sat down with, spoke or talked to, or gave an interview to the outlet;
# else the one of them the headline names ("Kazakh trade minister Shakkaliyev: “…”"). No one when neither tells.
_EN_GAVE_INTERVIEW = re.compile(r"\b(?:sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|gave\s+an\s+interview"
                                r"|(?:in\s+an?\s+)?(?:interview|conversation)\s+with|answered\s+(?:the\s+)?questions"
                                r"|told\s+(?:the\s+)?[A-Z])")


def _qa_one_interviewed(named: dict[str, str], lead: str, headline: str) -> dict[str, str]:
    """Of the people a Q/A interview's lead names ({name: run}), the one who gave the interview (else all)."""
    for sentence in _QUOTE_SENTENCE_BREAK.split(lead):
        if _EN_GAVE_INTERVIEW.search(sentence):
            told = {name: run for name, run in named.items() if _run_in(run, sentence)}
            if len(told) == 1:
                return told
    titled = {name: run for name, run in named.items() if _run_in(name.split()[-1], headline)}
    return titled if len(titled) == 1 else named


def _run_in(run: str, text: str) -> bool:
    """Is `run` written in `text` as whole words?"""
    return re.search(rf"(?<![\w]){re.escape(run)}(?![\w])", text) is not None


# Round 44: an interview's answer may quote a word, a name or someone else inside it ('Kerekes: … under "Stipendium
# Hungaricum". …', '– It was his first trip … Minister Fidan called the talks "…", and I agree with him.'): the answer
# right after a question, in any layout ("Q:"/"A:", a label, dash lines), is still the interviewee's whole answer, and
# the quote inside it goes on being read as a quote of its own (whoever it names; one no rule gives to another is the
# interviewee's, and _drop_repeats leaves the answer that holds it). Not a line opening with its quote mark ('– "…,"
# he said'), which is a quote whole.
_OPENS_QUOTED = re.compile(r"^(?:[-–—]\s*|[^\s:“”\"«»„]{1,40}:\s*)[“\"«„‘]")


def _answer_holding_quotes(text: str, paras, para: tuple[int, int]) -> bool:
    """Is the quoted paragraph `para` an interview's answer right after its question?"""
    body = text[para[0]:para[1]].strip()
    if body[:1] not in "-–—" and not _OPENS_QUOTED.match(body) and _answer_goes_on(text, paras, para):
        return True  # round 45: "– …" / "Замминистра тогда сказал, что «…». Мы этим и занимаемся …" / "…?": run on
    index = paras.index(para)
    if body[:2].isupper() and _STENOGRAM_LABEL.match(body):
        return True  # round 73 (stenogram73): a stenogram's speech under its label, "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. … «…» …"
    # round 66 (quotestr66): a plain paragraph running a capitals-labelled answer on, up to the next question ("AKSOY:
    # …?" / "BAYRAKTAR: …" / "… Cumhurbaşkanımızın ifadesiyle "…" ve …" / "AKSOY: …?", dev/1080); a cheap gate first,
    # a label's colon in the paragraphs just before
    if ":" in text[paras[max(0, index - _CAPS_RUN_ON)][0]:para[0]] and _caps_label_run_on(text, paras, index):
        return True
    if body[:1] not in "-–—" and ":" not in body[:42] or _OPENS_QUOTED.match(body):
        return False  # (a cheap gate: an answer opens with a dash or a label)
    if index < 2:
        return False
    if DASH.match(body):  # (round 45: or a plain paragraph's question, _plain_question)
        index = _first_dash_answer_of_turn(text, paras, index)
        if index < 2:
            return False
        question = text[slice(*paras[index - 1])].strip()
        return (_question_line(question) or _plain_question(text, paras, paras[index - 1])) and not _question_line(body)
    question = text[slice(*paras[index - 1])].strip()
    if _QA_ANSWER.match(body):
        return bool(_QA_QUESTION.match(question))
    if _ROLE_GUEST_LINE.match(body):  # round 68: "GUEST: … "…" …", after the host's question or his own last turn
        return True
    if _name_label_turn_at(text, paras, index):
        return True  # round 60: "ÖMER BOLAT: … "…" …" after a plain question (round 64: or "Bolat: … "…" …")
    if _ru_capital(body[:1]) and (surnamed := _RU_SURNAME_LABEL_LINE.match(body)) \
            and _ru_surname_turn(surnamed, text, paras, index):
        return True  # round 68 (transcru68): "Надь: Ваш коллега спросил меня: «…?» Я отвечу …" (dev/1099)
    answer, asked = TRANSCRIPT.match(body), _EN_QUESTION_LINE.match(question)
    return answer is not None and asked is not None and asked["label"].strip() != answer["spk"]


# Round 68 (tacik68): one answer may run over several dash lines ("Bu büyümenin arkasında ne var?" / "— Her şeyden
# önce …" / "— İkinci olarak …"), and a later one may hold a quote ('— Sayın X'ın … söylediği bir söz var: "…" Biz de
# …', dev/1101): a dash line right after dash lines is the same answer, read back to the question before the first
# (up to _DASH_ANSWER_RUN lines back, the longest answer's run seen)
_DASH_ANSWER_RUN = 3


def _first_dash_answer_of_turn(text: str, paras, index: int) -> int:
    """The index of the first of the dash lines (not questions) that run on to paragraph `index`."""
    first = index
    while first > max(0, index - _DASH_ANSWER_RUN) and DASH.match(line := text[slice(*paras[first - 1])].strip()) \
            and not _question_line(line):
        first -= 1
    return first


def _qa_labelled(text: str, para: tuple[int, int]) -> bool:
    return bool(_QA_QUESTION.match(line := text[para[0]:para[1]]) or _QA_ANSWER.match(line))


# Round 44: an answer may run on in plain paragraphs before the next question ("A: Logistics first of all. …" / "The
# second problem is payments. …" / "Q: …?"): up to _QA_RUN_ON of them after an "A:" paragraph belong to the interview,
# so the lead is still the paragraph before the first question, and they are the interviewee's too (_qa_answer_goes_on)
_QA_RUN_ON = 3


def _qa_first_turn(text: str, paras, index: int) -> int:
    """The index of the first paragraph of the Q/A run paragraph `index` ends: labelled "Q:"/"A:" lines, and the plain
    paragraphs that run an answer on."""
    first = index
    while first > 0:
        if _qa_labelled(text, paras[first - 1]):
            first -= 1
            continue
        labelled = next((k for k in range(first - 2, max(-1, first - 2 - _QA_RUN_ON), -1)
                         if _qa_labelled(text, paras[k])), None)
        if labelled is None or not _QA_ANSWER.match(text[slice(*paras[labelled])]):
            break
        first = labelled
    return first


def _qa_answer_goes_on(text: str, paras, para: tuple[int, int], last: Found) -> Found | None:
    """The plain paragraph `para` right after an "A:" answer (or its run-on) `last`, when a "Q:" question follows it
    within _QA_RUN_ON paragraphs: the same interviewee's answer going on (`interview`), else None."""
    index = paras.index(para)
    if index == 0 or not (last.outer[0] <= paras[index - 1][0] < last.outer[1]) or _qa_labelled(text, para):
        return None
    following = next((p for p in paras[index + 1:index + 1 + _QA_RUN_ON] if _qa_labelled(text, p)), None)
    words = _clean(text[para[0]:para[1]])
    if following is None or not _QA_QUESTION.match(text[slice(*following)]) or _words(words) < MIN_WORDS:
        return None
    return Found([para], para, words, last.speaker, "interview")


# --- round 10, Russian quotes interrupted by their attribution ------------------------------------------
# «Мы готовы …, — отметил Али Асадов. — Фонд развития уже …»: one pair of quote marks around two sentences of
# one speaker with the attribution between them in dashes, "— verb speaker. —" (or "— verb он. —"); the words on
# either side are two quotes of that speaker, the attribution no part of either
# (round 20: a body's short name in quote marks in the attribution, "— говорит директор ассоциации «Зерновой союз» X Y.
# —", the quote's marks nested around it: _nested_close)
# (round 55: a given name's initial is no end of the attribution, "— отметил Ж.Кулубаев. — …")
RU_INTERRUPTION = re.compile(rf",?\s+[-–—]\s+(?:{RU_VERBS})\s+(?P<spk>(?:{_RU_INITIAL_DOT}"
                             rf"|[^.;:!?«»“”\"\-–—]|«[^«»]{{1,40}}»"
                             # round 25: a hyphen inside a word, an outlet's name before the speaker ("— пояснил
                             # K-News экономист X Y. — …")
                             rf"|(?<=\w)-(?=\w)"
                             # round 61 (quotesru61): a web name's dot, "— пояснил BES.media экономист X Y. — …"
                             rf"|(?<=[A-Za-z])\.(?=[a-z]{{2,6}}\s)){{1,120}}?)"
                             r"[.,]\s+[-–—]\s+")


_RU_NAME_THEN_APPOSITION = re.compile(r"(?P<spk>(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+"
                                      r"(?:-[А-ЯЁ][а-яё]+)?),\s+[а-яё]")  # round 49: "X Y, руководитель …"


# Round 49 (quotes, local): a town's head by the town's name ("Gəncə rəhbəri", "Kayseri rəhbəri"): the person the text
# named before with a head's title of that town ("Gəncə Şəhər İcra Hakimiyyətinin başçısı Niyazi Bayramov"), the last
_AZ_TOWN_HEAD = re.compile(rf"(?P<town>[{CAPITALS}][\w\-]+)\s+rəhbəri")


def _az_town_head_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _AZ_TOWN_HEAD.fullmatch(phrase.strip())):
        return None
    named = re.findall(rf"\b{re.escape(m['town'])}\b[^.!?\n“”«»\"]{{0,80}}?\b(?:başçısı|rəhbəri|meri|sədri)\s+"
                       rf"([{CAPITALS}][\w\-]+\s+[{CAPITALS}][\w\-]+)", earlier)
    return resolver.resolve(named[-1]) if named else None


# Round 51 (quotes51b): '«…», – deyə qonaq vurğulayıb' (the guest) after "X Y-in rəhbərlik etdiyi nümayəndə heyəti …
# gəlib" (the delegation X Y led): X Y, not whoever spoke last (the host may have)
_AZ_GUEST_WORDS = ("qonaq", "qonağımız", "Qonaq")
_AZ_DELEGATION_LED_BY = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w\-]+?)['’]?n?[ıiuü]n\s+"
                                   r"(?:başçılıq|rəhbərlik)\s+etdiyi\s+(?:[\wəıöüşçğ]+\s+){0,2}?heyət")


# (round 51, quotes_gaps51: Turkish "konuk" the same, '"…" dedi konuk.' / 'Konuk bakan, "…" dedi.' after "X Y
# başkanlığındaki heyet" or "X Y başkanlığında … heyet", the delegation X Y headed)
_TR_VERB_GUEST = re.compile(r"^\s*[,.!?]?\s*(?:dedi|diye\s+(?:konuştu|ekledi|belirtti|vurguladı|kaydetti))\s+"
                            r"konuk(?:\s+bakan)?\s*(?:[,.]|$)")
# (round 69, tr69: or "the guest" with his title in capitals, 'Konuk Senato Başkanı, "…" dedi.', as dev/1116's partial
# quote has it)
_TR_GUEST_SUBJECT = re.compile(rf"(?:^|[.!?]\s+)Konuk(?:\s+bakan|(?:\s+[{CAPITALS}][\w'’\-]+){{1,3}})?,?\s*$")
# (round 69, tr69: or the delegation with him, "X Y, beraberindeki parlamento heyetiyle birlikte dün adaya geldi",
# dev/1116, "X Y, beraberinde bir iş heyetiyle …")
_TR_DELEGATION_HEADED_BY = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w\-]+?)"
                                      r"(?:(?:['’]n?[ıiuü]n)?\s+başkanlığında(?:ki)?|,\s+beraberinde(?:ki)?)\s+"
                                      r"(?:[\wçğıöşü]+\s+){0,2}?heyet")


# (round 74, visits74: Russian "глава делегации" / "руководитель делегации" the same, '«…», — подчеркнул глава
# делегации.' after "делегация … во главе с министром экономики и энергетики Олгуном Амджаоглу", dev/1175, "во главе с
# Азаматом Токтосуновым": the name in the instrumental after the head's lower-case title, read in the nominative)
_RU_DELEGATION_HEADED_BY = re.compile(r"\b[Дд]елегац\w*\s+(?:[^\s.!?]+\s+){0,8}?во\s+главе\s+с[о]?\s+"
                                      r"(?:[а-яё-]+\s+){0,6}?(?P<name>[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+)")
_RU_DELEGATION_HEAD_WORDS = ("глава делегации", "руководитель делегации")

# (round 77, az77: or, no delegation told, the one the text put on a visit, "Macarıstanın kənd təsərrüfatı naziri X Y
# işgüzar səfərlə Azərbaycanda olur", dev/1209, "X Y rəsmi səfərə gəlib", "X Y ölkəmizdə səfərdədir": a full name right
# before up to three lower-case or place words and "səfər" in the instrumental, dative or locative)
_AZ_NAMED_ON_VISIT = re.compile(rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)\s+"
                                rf"(?:[\wəıöüşçğ]+\s+){{0,3}}?səfər(?:lə|ə|də(?:dir)?)\b")

# the delegation's head by language, with the words one of which every match holds (asked first)
_DELEGATION_HEAD = {"az": (_AZ_DELEGATION_LED_BY, ("etdiyi",)),
                    "tr": (_TR_DELEGATION_HEADED_BY, ("başkanlığında", "beraberinde")),
                    "ru": (_RU_DELEGATION_HEADED_BY, ("во главе",))}


def _guest_named_before(earlier: str, resolver: Resolver, lang: str) -> Person | None:
    """The head of the delegation `earlier` names last (Azerbaijani "X Y-in rəhbərlik etdiyi nümayəndə heyəti",
    Turkish "X Y başkanlığındaki heyet"; _DELEGATION_HEAD[lang]), else None."""
    led_by, words = _DELEGATION_HEAD[lang]
    named = [m["name"] for m in led_by.finditer(earlier)] if any(word in earlier for word in words) else []
    if not named and lang == "az" and "səfər" in earlier:
        named = [m["name"] for m in _AZ_NAMED_ON_VISIT.finditer(earlier)]  # round 77 (az77, dev/1209)
    if named and lang == "ru":
        named[-1] = ru_nominative(named[-1])  # "во главе с … Олгуном Амджаоглу"
    return resolver.resolve(named[-1]) if named else None


# Round 73 (visits73b): an Azerbaijani sentence whose subject is "the guest", a speech verb and "ki", its partial quote
# at the end ("Qonaq həmçinin qeyd edib ki, … “…”", dev/1167): the head of the delegation the text named
# (_guest_named_before), as '– deyə qonaq vurğulayıb' is read; the clause before "ki" is the guest and lower-case words
_AZ_GUEST_KI_CLAUSE = re.compile(r"\s*(?:Qonaq|Qonağımız)(?:\s+[a-zəıöüşçğ]+){1,4},?\s*")


def _ru_interrupted(text: str, piece: tuple[int, int], outer: tuple[int, int], resolver: Resolver) -> list[Found]:
    """The two quotes of a «…, — отметил X. — …» span, both X's; [] when the span holds no such attribution
    or X is no one known."""
    start, end = piece
    if "—" not in text[start:end] and " - " not in text[start:end] and "–" not in text[start:end]:
        return []  # a cheap gate: most quotes hold no dash
    m = RU_INTERRUPTION.search(text, start, end)
    if m is None:
        return []
    first, second = _clean(text[start:m.start()]), _clean(text[m.end():end])
    if _words(first) < MIN_WORDS or _words(second) < MIN_WORDS:
        return []
    speaker = resolver.resolve(phrase := _after_last_term(m["spk"]))  # (round 20: the body's quoted name no part of it)
    if speaker is None and "«" in m["spk"]:
        # round 72 (quotes72a): where it was said after the name, a body's short name in it ("— добавил X Y на встрече
        # со студентами в «Манасе». — …", dev/1155): the name before the occasion
        speaker = _ru_title_before_occasion(m["spk"], resolver)
    if speaker is None and ", " in m["spk"] and (named := _RU_NAME_THEN_APPOSITION.match(m["spk"])):
        # round 49 (quotes, local): "— говорит X Y, руководитель центра «…». — …": the name before the title
        speaker = resolver.resolve(phrase := named["spk"])
    if speaker is None and _ru_capital(phrase[:1]):  # round 42: «…, — сказал Сагинбаев. — …» after his full name
        speaker = _ru_surname_named_before(phrase, text[:start], resolver)
    if speaker is None and phrase[:1] in "псгрт":  # round 57 (quotesru57): «…, – заявил глава Мажилиса. – …»
        speaker = _ru_body_head(" ".join(phrase.split()), text[:start], resolver)
    if speaker is None and phrase[:1] in "махг":  # round 63 (quotesru63): «…, — сказал мэр Денизли. — …»
        speaker = _ru_place_head_named_before(phrase, text[:start], resolver)
    if speaker is None and phrase.rstrip()[-1:].isupper():  # round 67 (quotesru67): «…, — сказал министр ТРСК. — …»
        speaker = _ru_acronym_title_named_before(phrase, text[:start], resolver)
    if speaker is None and phrase.startswith("министр "):  # round 77 (ru77): «…, — заявил министр экономики X. — …»
        speaker = _ru_minister_of_field_named_before(" ".join(phrase.split()), text[:start], resolver)
    if speaker is None:
        speaker = _ru_interrupting_occupation(m, resolver)  # round 28
    if speaker is None:
        return []
    return [Found([(start, m.start())], (outer[0], m.end()), first, speaker, "said-inside"),
            Found([(m.end(), end)], (m.end(), outer[1]), second, speaker, "said-inside")]


# Round 59 (quotesru59): a quote interrupted by its attribution in a paragraph left open, the next paragraph reopening
# the mark ("«Мы готовы …, — сказал X Y. — Для нас важно … в регионе. ¶ «Уверен, что … проекты»."): two quotes of X,
# the second running on through the following paragraphs of the span.
def _ru_interrupted_run_on(text: str, pieces: list[tuple[int, int]], outer: tuple[int, int],
                           resolver: Resolver) -> list[Found]:
    split = _ru_interrupted(text, pieces[0], (outer[0], pieces[0][1]), resolver)
    if split:
        second = split[1]
        second.pieces += pieces[1:]
        second.outer = (second.outer[0], outer[1])
        second.text = _clean(" ".join([second.text, *(_clean(text[a:b]) for a, b in pieces[1:])]))
    return split


# --- round 10, Turkish quotes with the verb before the speaker ------------------------------------------
# '"Lojistik maliyetleri hâlâ çok yüksek," dedi Aydemir, "Gürcistan üzerinden …"': Turkish puts "dedi" (and
# "diyor", "diye ekledi") before the speaker when it interrupts a quote, as English "said X" does; the speaker
# is capitalised words right after the verb (the quote after '… dedi X,' is his by the next-sentence rule)
# (round 47: an analysis's present tense, '"…," diye ekliyor Karakaş', "diye konuşuyor", "diye devam ediyor")
# Round 53 (quotestr): the speaker's body in the ablative and his academic titles between the verb and the name ('"…,"
# diyor Ankara Üniversitesi'nden Prof. Dr. X Y.', "Manas Üniversitesi'nden ekonomist Doç. Dr. X Y"), and where he said
# it after the name, lower-case words ending in a case ('"…," dedi X imza töreninde.', "dedi X gazetecilere.")
_TR_ACADEMIC_TITLES = r"(?:(?:Prof|Doç|Dr|Yrd|Öğr|Arş|Gör)\.\s*|Üyesi\s+){1,4}"
# (or the body before the occupation in the possessive, "Marmara Üniversitesi öğretim üyesi", "X Yatırım ekonomisti")
_TR_BODY_FROM = (rf"(?:(?:[{CAPITALS}][\w\-]*|ve)\s+){{0,6}}[{CAPITALS}][\w\-]*['’]n?[dt][ae]n\s+"
                 rf"|(?:[{CAPITALS}][\w\-]*\s+){{1,6}}(?=(?:öğretim üyesi|ekonomisti|uzmanı|analisti|araştırmacısı)\s)"
                 # round 77 (column77): or a relative clause ending in its participle before the occupation ('"…,"
                 # diyor Almatı'daki bir düşünce kuruluşunda çalışan ekonomist X Y.', dev/1212; "… görev yapan uzman")
                 r"|(?:[\w'’]+\s+){1,5}[a-zçğıöşü]+[ae]n\s+"
                 r"(?=(?:ekonomist|uzman|analist|akademisyen|araştırmacı|öğretim üyesi)\s)")
_TR_OCCASION_AFTER_NAME = r"(?:\s+[a-zçğıöşü]+){0,3}\s+[a-zçğıöşü]+(?:[dt][ae]n?|y?[ae]|sonra)(?=\s*[,.]|$)"
TR_VERB_SPEAKER = re.compile(rf"^\s*[,.!?]?\s*(?:dedi|diyor|diye\s+(?:ekledi|konuştu|devam etti|sürdürdü|ekliyor|"
                             r"konuşuyor|devam ediyor|sürdürüyor))\s+"
                             rf"(?:{_TR_BODY_FROM})?"
                             # round 19: a lower-case occupation before the name ("… diye konuştu iş insanı Kerem Ulus.")
                             r"(?:(?:iş insanı|iş adamı|işadamı|ekonomist|uzman|analist|akademisyen|avukat|aktivist|"
                             r"sendikacı|gazeteci|milletvekili|öğretim üyesi|ekonomisti|uzmanı|analisti|"
                             r"araştırmacısı)\s+)?"
                             # round 53 (quotestr): an academic's titles before the name ("diyor Prof. Dr. X Y")
                             rf"(?:{_TR_ACADEMIC_TITLES})?"
                             # (round 53, quotestr: up to seven words, a body's title before the name, "dedi Mersin
                             # Büyükşehir Belediye Başkanı X Y.")
                             rf"(?P<spk>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,6}})"
                             rf"(?:{_TR_OCCASION_AFTER_NAME})?\s*(?:[,.]|$"
                             # round 63 (quotesother63): or "ve ekledi:" opening the next quote ('"…," dedi X ve
                             # ekledi: "…"'), the second quote his by _ADDING_COLON's reading
                             r"|(?=\s+ve\s+(?:ekledi|sözlerini\s+sürdürdü|devam\s+etti)\s*:))")
# (round 25: or the end of its paragraph, a headline's '"…" dedi Erdoğan' without a stop)


# Round 49 (quotes, local): a dash line after a Russian quote in marks and its attribution, to the paragraph's end
# ("«…», — сказал Джамшид Ходжаев. — Уже сегодня …, и их число будет расти."): the same speaker's words
# (a line with an attribution of its own, "— …, — добавил он.", is left to the dash rules)
_RU_DASH_TAIL_AFTER_MARKS = re.compile(r"\s*[.,]?\s+[-–—]\s+(?P<body>[А-ЯЁ][^«»“”\"„\n–—]+)$")


def _tr_inverted_before(before: str, text: str, outer: tuple[int, int], resolver: Resolver) -> Person | None:
    """Round 49 (quotes, local): the speaker of a quote right after '"…," diyor X,' whose first part was too short to be
    a quote of its own ('“Mali protokoller önemli,” diyor Özsoy, “ama asıl mesele …”'): X."""
    close = max(before.rfind("”"), before.rfind('"'), before.rfind("»"))
    gap = before[close + 1:] if close >= 0 else ""
    if not gap.rstrip().endswith(",") or not (m := TR_VERB_SPEAKER.match(gap)) or gap[m.end():].strip():
        return None
    return named_in_full(text[:outer[0]], m["spk"], resolver) or resolver.resolve(m["spk"])


def _tr_inverted(after: str, text: str, outer: tuple[int, int], resolver: Resolver):
    """(speaker, rule, span end) of a Turkish quote attributed '"…," dedi X' after it; else None."""
    # a surname alone is first the person named in full before it ("Vali Ahmet Yıldırım"), then a table's holder
    if (m := TR_VERB_SPEAKER.match(after)) and (person := named_in_full(text[:outer[0]], m["spk"], resolver) or
                                                 resolver.resolve(m["spk"])):
        return person, "said-after", m.end()
    return None


# --- round 10, Russian "он" after a paragraph of running text that names one person ------------------------
# "Туркменскую часть комиссии возглавляет … Ходжамырат Гелдимырадов." / "- Мы заинтересованы …, - отметил он.";
# "Мустафаев прибыл в … SOCAR и ЗАО "…"." / '"…", - сказал он': Russian puts the subject anywhere in its
# sentence (and a company's name in quote marks stops the subject rules), so "он"/"она" of a quote that opens its
# paragraph means the one person the paragraph before names (full names, or a surname opening it); nobody when
# it names two or more
# (round 28: also with whom he told it after the pronoun, "— сказал он корреспонденту Bnews.kz", "— пояснил она
# журналистам", "— рассказал он агентству …": the addressee names no speaker)
_RU_PRONOUN_PART = re.compile(rf"^(?:{RU_VERBS})\s+(?:он|она)(?:\s+(?:корреспонденту|журналистам|агентству|изданию|"
                              r"газете|телеканалу|порталу|в\s+интервью|в\s+беседе\s+с)(?:\s+[^\s!?]+){0,3}?)?\s*[.!]?$")
_RU_OPENING_WORD = re.compile(r"^([А-ЯЁ][а-яё\-]+)\s+[а-яё]")


def _ru_pronoun_antecedent(paragraph: str, resolver: Resolver) -> None:
    if (person := _ru_opening_subject(paragraph, resolver) or _ru_one_named(paragraph, resolver)
            or _ru_one_surname_alone(paragraph, resolver)) is not None:
        resolver.last_speaker = person  # (round 37: first the full name opening it, though it names others in other cases)


# Round 78 (ru78): the paragraph names its one person by a surname alone inside a sentence, the article having named
# him in full before ("Поставки меда пока скромные, однако на этот товар Амангельдиев возлагает большие надежды." then
# "По его словам, «…»", dev/1219): he, when the surname stands in the nominative (the subject, no "с Амангельдиевым")
# and no other capitalised word of it names anyone, nor ends as a surname of someone unknown ("Каримов и Асанов
# возлагают …": whose words is unclear)
_RU_SURNAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ин|ын|зода|заде|ян|енко)(?:а|у|ым|ой|е)?$")


def _ru_one_surname_alone(paragraph: str, resolver: Resolver) -> Person | None:
    """The one person a Russian paragraph names, by a surname alone in the nominative among its words, else None."""
    people: dict[str, Person] = {}
    nominative = False
    for m in _RU_CAPITALISED_WORD.finditer(paragraph):
        if (person := resolver.resolve(word := m[0], speaking=False)) is None:
            if _RU_SURNAME_SHAPE.search(word) and not places.is_place_word(word) \
                    and paragraph[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "…"):
                return None  # someone not named before (a sentence's first word may be any noun, "Основу")
            continue
        if person.rule not in ("name", "unlisted name"):
            return None  # a title ("Министр", "Президент"): whom it means is the title rules' call
        people[person.name] = person
        nominative = nominative or ru_nominative_of_genitive(word) == ru_nominative_of_dative(word) \
            == ru_nominative(word) == word
    return next(iter(people.values())) if len(people) == 1 and nominative else None


# Round 21: a hyphenated title before a name ("Вице-премьер Казахстана X Y", "Премьер-министр"), its second part in
# lower case as no name's is, which _CYRILLIC_NAME would read as the name's first word (cutting its surname off)
_RU_HYPHENATED_TITLE = re.compile(r"(?<![\w\-])[А-ЯЁ][а-яё]+-[а-яё]+\s+(?=[А-ЯЁ])")


def _ru_one_named(paragraph: str, resolver: Resolver) -> Person | None:
    """The one person a Russian paragraph names (full names, or a surname opening it), else None."""
    if not re.search("[а-яё]", paragraph):
        return None
    if "-" in paragraph:  # round 21
        paragraph = _RU_HYPHENATED_TITLE.sub("", paragraph)
    paragraph = _RU_TITLE_COUNTRY.sub("", paragraph)  # round 24
    if _RU_NAMED_BEFORE_NAME.search(paragraph):  # round 40: "Мэр Зонгулдака X Y", "из Кара-Суу X Y" (no name's part)
        paragraph = _ru_named_before_name(paragraph)
    if _RU_OBLIQUE_BEFORE_NAME.search(paragraph):  # round 40: "владелец кафе в Анталье X Y", "с Нурланом Ахметовым X Y"
        paragraph = ru_without_oblique_before_name(paragraph)
    if any(body in paragraph for body in _RU_PARLIAMENT_GENITIVES):  # round 26
        paragraph = _RU_PARLIAMENT_BEFORE_NAME.sub("", paragraph)
    if "«" in paragraph:  # round 25: a body's name in marks ("компании «Кыргыз Темир Жолу» X Y") is no second person
        paragraph = _RU_MARKED_NAME.sub(" ", paragraph)
    if any(stem in paragraph for stem in _RU_REGION_STEMS):  # round 30
        paragraph = _RU_REGION_NAME.sub(" ", paragraph)
    phrases = _CYRILLIC_NAME.findall(paragraph)
    # round 12: an opening title ("Министр экономики … X Y напомнил") is no second person, as "министр" alone
    # would resolve to whoever spoke last
    if (m := _RU_OPENING_WORD.match(paragraph.strip())) and m[1].lower() not in PRONOUNS:
        phrases.append(m[1])
    people = {p.name: p for phrase in phrases if (p := resolver.resolve(phrase, speaking=False)) is not None}
    return next(iter(people.values())) if len(people) == 1 else None


# --- round 10, Azerbaijani "o," (he/she) inside a sentence that ends in an -ıb verb and a colon ----------
# 'Qazaxıstanla dövriyyənin azalmasını isə o, taxıl idxalının azalması ilə izah edib: "…"': Azerbaijani sets the
# subject pronoun "o" off with a comma wherever it stands in the sentence ("o" before a noun, "o ölkə", is
# "that" and has none); the sentence names nobody else, and "o" is the last speaker
AZ_PRONOUN_INSIDE = re.compile(r"(?:^|\s)[Oo],\s+[^.!?:“”«»\"]{1,120}?\w(?:ıb|ib|ub|üb)\s*:\s*$")


def _az_pronoun_colon(before: str, resolver: Resolver) -> Person | None:
    if "o," not in before and "O," not in before:  # a cheap gate
        return None
    sentence = _SENTENCE_BREAK.split(before.rstrip())[-1]
    if not AZ_PRONOUN_INSIDE.search(sentence) or _names_someone(sentence, resolver):
        return None
    return resolver.resolve("o")


# --- round 11 (English): a time phrase opening the speaker phrase, a capitalised title after the name ----
# "In January he told a meeting that “…”": the time phrase before the subject is no part of the speaker
# ("In January" is no one; "he" is); likewise "Last week", "On 3 May", "In 2023", "Earlier this month"
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_LEADING_TIME = re.compile(rf"^(?:(?:In|On|By|Since|Until)\s+(?:(?:early|mid|late)[\s\-])?(?:\d{{1,2}}\s+)?"
                           rf"(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|In\s+\d{{4}}"
                           rf"|(?:Last|Earlier this|Later that|This)\s+(?:week|month|year|spring|summer|autumn|winter)"
                           rf")\s*,?\s+(?=\S)")


def _without_leading_time(phrase: str) -> str:
    return _LEADING_TIME.sub("", phrase, count=1) if phrase[:1] in "ILOBSUTE" else phrase


# '“…,” Maksat Sapar, Kazakhstan's deputy minister of transport, said': the aside after the name may open
# with a state's or body's possessive, capitalised ("Kazakhstan's", "the bank's" is _ASIDE's lower case)
# Round 15: a lower-case description, then the name between commas, then the verb: "“…,” one freight forwarder,
# X Y, told me" / "“…,” a senior diplomat, X Y, said"; round 26: after its first word the description may hold a party's,
# a body's or a country's name or an acronym ("“…,” a senior Fidesz MP, X Y, said", "a Kazakh diplomat")
AFTER_DESCRIPTOR_NAME = re.compile(
    rf"^\s*[,.!?]?\s*(?:(?:one|a|an|the)\s+)?[a-z][a-z\-]+(?:\s+[A-Za-z][\w\-]*){{0,3}},\s+"
    rf"(?P<spk>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),\s+(?:{VERBS})\b")
# the last word of a body's name, not a person's: "“…,” one trader, Almaty Grain Exchange, said"
_BODY_WORDS = frozenset({"Exchange", "Port", "Company", "Ministry", "Bank", "Group", "Holding", "Railways", "Agency",
                         "Service", "Office", "Council", "Committee", "Institute", "University", "Fund", "Association",
                         "Union", "Authority", "Corporation", "Centre", "Center", "Forum", "Chamber", "Organization",
                         "Organisation", "Commission", "Secretariat", "Government", "Administration"})
AFTER_NAME_POSSESSIVE_TITLE = re.compile(
    # (round 19: a body's name of several words, "X Y, KTZ Express's CEO, said", "Eastlane Partners' analyst")
    rf"^\s*[,.!?]?\s*(?P<spk>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),\s+(?:[A-Z][\w\-]*\s+){{0,3}}"
    rf"[A-Z][\w\-]*['’]s?\s+"
    rf"[^,.;:!?“”\"«»„]{{1,80}},\s+(?:{VERBS})\b")


# --- round 11 (Russian): "глава государства" as the subject of a partial quote's sentence ----------------
# "Позднее гостя принял президент X Y. Глава государства подчеркнул, что отношения «…»" / "По данным
# агентства, глава государства назвал страну «…»": Russian writes the title in lower case after an opening
# clause (SUBJECT wants a capital); the title resolves to the head of state named last (Resolver)
# Round 15: a country adjective in the genitive inside the title ("Глава казахстанского государства"), and a source
# between commas before the verb ("Глава казахстанского государства, как сообщает Акорда, отметил, что …", "по
# данным пресс-службы"; it names no person: _ru_head_subject)
# Round 66 (quotes66): or the honorific "Лидер нации" (the Leader of the Nation, a head of state's title by law, the
# Tajik president's), the head of state named last (Resolver), not the guest minister who spoke last (dev/1075)
_RU_HEAD_SUBJECT = re.compile(r"(?:^|,\s+)(?P<spk>[Гг]лава\s+(?:[а-яё]+(?:ого|его)\s+)?государства|[Лл]идер\s+нации)"
                              # (round 18: a parenthetical word between commas after the title is an aside
                              # too, "Глава государства, в частности, отметил: …")
                              r"(?:,\s+(?P<aside>в\s+частности|в\s+свою\s+очередь|со\s+своей\s+стороны|кроме\s+того|"
                              r"при\s+этом|в\s+том\s+числе|однако|(?:как\s+(?:сообщает|сообщила|сообщило|передает|пишет)|по\s+данным|"
                              r"по\s+информации)\s[^,«»“”\"]{1,60}),)?\s+(?:(?:также|тоже|затем)\s+)?"
                              r"(?P<verb>[а-яё][\w\-]*)")


def _ru_head_subject(sentence: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    if ("лава " not in sentence or "государства" not in sentence) and "идер нации" not in sentence:  # a cheap gate
        return None
    m = _RU_HEAD_SUBJECT.search(sentence)
    if m and m["aside"] and _names_someone(m["aside"], resolver):  # round 15: "как сообщает министр X" is X's report
        return None
    person = resolver.resolve(m["spk"].lower(), speaking=False) if m else None
    return (person, m) if person else None


# --- round 11 (Azerbaijani): the past perfect "-mışdı/-mişdi/-muşdu/-müşdü" before a colon ------------------
# "Dövlətimizin başçısı o zaman bildirmişdi: «…»" (had said then) recalls earlier words as the evidential
# "-ıb" does current ones (AZ_COLON_VERB); the clause's subject speaks
AZ_PLUPERFECT_COLON = re.compile(r"\w(?:mışdı|mişdi|muşdu|müşdü)(?:r)?\s*:\s*$")


# --- round 11 (English): "In his view, …" and "X proposed that …" before a partial quote ------------------
# an opinion opening is an attribution as "In his words" is: "In his view, the figure is “…”", "In her
# opinion", "In Aliyev's assessment" (_IN_WORDS_OPENING, read by _subject_partial)
# (round 29: the comma after it may be missing, "In his view a turnover of … is realistic, while the goal “…”")
# (round 44, English quotes: an analyst's reckoning too, "In her estimate, trade could reach …, “which is …”", "In his
# calculations", "In Karaca's judgement")
_IN_WORDS_OPENING = re.compile(_IN_WORDS_OPENING.pattern.replace(
    " words,", " (?:words|view|opinion|assessment|estimate|reckoning|judg(?:e)?ment|calculations?),?", 1),
                               re.S)
assert "assessment" in _IN_WORDS_OPENING.pattern
# Round 29: the same opening with "of" and the name after it, "In the words of President X Y, the road is “…”", "In the view
# of analyst X Y, …" (the press services' and the analysis magazines' form)
_EN_IN_THE_WORDS_OF_OPENING = re.compile(r"In the (?:words|view|opinion|assessment) of (?P<spk>[^,“”\"«»„]{3,60}),\s+"
                                         r"(?P<rest>.*)$", re.S)
# a proposal reported with "that" ends in the speaker's words: "Tokayev proposed that the bloc “must …”"
_THAT_VERBS = _THAT_VERBS | {"proposed", "proposes", "suggests", "demanded", "demands"}


# --- round 11, Russian/Azerbaijani/Turkish attribution forms ------------------------------------------------
def _one_named(clause: str, resolver: Resolver, *, nominative: bool = False) -> Person | None:
    """The one person a clause names (capitalised runs that resolve), else None (nobody, or two or more);
    `nominative`: None too when that name carries a case ending ("Mirziyoyevə", to him: no subject)."""
    named = {p.name: (run, p) for run in _capital_runs(clause)
             # round 24: a run ending in a possessive's genitive is an owner, no subject ("Azərbaycan Dəniz Limanının
             # baş direktoru X Y" is X Y, "Dəniz Limanının" no one)
             if not (nominative and _AZ_OBLIQUE_TITLE.search(run)) and (p := resolver.resolve(run, speaking=False))
             and not _tr_declined_run_no_person(p)}
    if len(named) != 1:
        return None
    run, person = next(iter(named.values()))
    if nominative and _case_marked(run.split()[-1], person.name.split()[-1]):
        return None
    return resolver.resolve(run)


def _tr_declined_run_no_person(person: Person) -> bool:
    """Round 28: is `person` an unlisted "name" with a Turkish case after an apostrophe ("Orta Koridor'un önemine",
    "Türk Devletleri Teşkilatı'nın"): a place or body, no second person beside the sentence's subject (a person's
    name read from a run loses its case: _titled_person; as round 22 reads a speaker, _TR_CASE_SUFFIX)?"""
    return person.rule == "unlisted name" and bool(_TR_CASE_SUFFIX.search(person.name))


def _case_marked(word: str, surname: str) -> bool:
    """Is `word` the surname with a case ending after it ("Mirziyoyevə" of "Mirziyoyev", "Əliyevi" of
    "Aliyev"): longer, and the surname's last two letters stand where the surname ends in it?"""
    word, surname = word.casefold(), surname.casefold()
    # an unlisted name is taken as written ("Qonaq Şavkat Mirziyoyevə"): an -ov/-ev surname's case endings
    # then (not -a: "Bayramova" is also a woman's name)
    return len(word) > len(surname) and word[len(surname) - 2:len(surname)] == surname[-2:] \
        or bool(_AZ_SURNAME_CASE.search(word))


_AZ_SURNAME_CASE = re.compile(r"(?:ov|ev)(?:ə|u|ü|ı|i|un|ün|ın|in|da|də|dan|dən|la|lə)$")


# 'Görüşdə çıxış edən Zakir Həsənov "…" deyib.': Azerbaijani puts the speech verb last, after the quote, as
# Turkish does with "dedi"; the subject is the one person the sentence before the quote names ('… Mirziyoyevə
# salamlarını çatdırmağı xahiş edib və "…" deyib' names the addressee too: nobody)
AZ_VERB_FINAL = re.compile(rf"^\s*[,]?\s*(?:{AZ_VERBS}"
                           # round 24: or the pluperfect of words said before ('X ötən il Şuşada "…" demişdi'), and its
                           # formal "-dır" (as AZ_KI_PAST reads "vurğulamışdı ki")
                           r"|(?:de|bildir|söylə|vurğula|qeyd et|bəyan et|əlavə et)(?:mişdi|mışdı)r?"
                           r")\s*[.!]")


def _az_verb_final(own_before: str, after: str, resolver: Resolver):
    """(speaker, span end) of a quote closed by a bare Azerbaijani verb, else None."""
    if not (m := AZ_VERB_FINAL.match(after)):
        return None
    sentence = _SENTENCE_BREAK.split(own_before)[-1] if own_before.strip() else ""
    if not sentence.strip() or sentence.rstrip()[-1:] in ".!?…:" or _QUOTE_MARK.search(sentence):
        return None
    person = _one_named(sentence, resolver, nominative=True)
    return (person, m.end()) if person else None


# Round 59 (quotesaztr59): a demonym and a bare occupation as the subject ('Türkmen uzman, "…" değerlendirmesinde
# bulundu.', "Kazak ekonomist", Azerbaijani "Özbək ekspert"): the expert the paragraph named before it, the one
# person its earlier sentences name, when the article named him after an occupation ("ekonomist Merdan Orazov ise …
# bakıyor. Orazov'a göre …"); not whoever spoke last
_TURKIC_DEMONYM_EXPERT = re.compile(rf"\s*[{CAPITALS}][a-zçğıöşüə]+\s+(?:uzman|ekonomist|analist|ekspert|analitik)"
                                    r"(?:\s+(?:ise|de|da|isə|də))?\s*,?\s*$")


def _turkic_demonym_expert(before: str, resolver: Resolver) -> Person | None:
    """The expert a '<Demonym> uzman, "…" …' sentence means (_TURKIC_DEMONYM_EXPERT), else None."""
    sentence = _SENTENCE_BREAK.split(before)[-1]
    if not _TURKIC_DEMONYM_EXPERT.match(sentence):
        return None
    person = _one_named(before[:len(before) - len(sentence)], resolver)
    return person if person is not None and person.name in resolver.occupations else None


# Azerbaijani pluperfect reported speech: 'Prezident … zirvə görüşündə vurğulamışdı ki, ticarətin həcmi “…”'
# (had stressed that), as AZ_KI reads "vurğulayıb ki"
# (round 20: or the formal perfect of Xalq qəzeti and Azertac, "qeyd etmişdir ki", "vurğulamışdır ki")
AZ_KI_PAST = re.compile(r"\b(?:vurğula|bildir|söylə|de|qeyd et|bəyan et|əlavə et)(?:mışdı|mişdi)r?\s+ki\b")


def _az_ki_past(own_before: str, resolver: Resolver) -> Person | None:
    if "dı ki" not in own_before and "di ki" not in own_before and "dır ki" not in own_before \
            and "dir ki" not in own_before:  # a cheap gate
        return None
    sentence = _SENTENCE_BREAK.split(own_before)[-1]
    if sentence.rstrip()[-1:] in ".!?…" or not (m := AZ_KI_PAST.search(sentence)) \
            or not _plain_object(sentence[m.end():], resolver):
        return None
    return _one_named(sentence[:m.start()], resolver)


# Turkish "according to": 'Ekinci'ye göre iki liderin ortak açıklamasındaki ton, “…” oldu' (X'e/X'ye/X'a göre
# opening the quote's sentence); a surname alone is the person named in full before it
TR_ACCORDING = re.compile(rf"^(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,2}})['’](?:y?[ae])\s+göre\b,?")


def _tr_according(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    """`earlier`: the article before the quote's paragraph."""
    if "göre" not in own_before:  # a cheap gate
        return None
    sentence = _SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if sentence[:4] == "Ona " and (him := _TR_HIM_ACCORDING.match(sentence)):
        return _tr_one_named_before(earlier + own_before[:len(own_before) - len(sentence)], resolver) \
            if _plain_object(sentence[him.end():], resolver) else None
    if ": Ona göre" in sentence and (him := _TR_HIM_ACCORDING_AFTER_COLON.search(sentence)):
        # round 51 (quotes51b): after a colon ('Aksakallı bu konuda da ihtiyatlı: Ona göre … "…" mümkün.'), the one
        # person the clause before the colon names
        return _tr_one_named_before(earlier + own_before[:len(own_before) - len(sentence) + him.start()], resolver) \
            if _plain_object(sentence[him.end():], resolver) else None
    if sentence[:1] in _TR_OCCUPATION_ACCORDING_INITIALS and (occupied := _TR_OCCUPATION_ACCORDING.match(sentence)):
        return _tr_occupation_named(occupied["occ"], earlier + own_before, resolver) \
            if _plain_object(sentence[occupied.end():], resolver) else None  # round 47
    if not (m := TR_ACCORDING.match(sentence)) or not _plain_object(sentence[m.end():], resolver):
        return None
    return named_in_full(earlier + own_before, m["spk"], resolver) or resolver.resolve(m["spk"])


# Round 47: a bare occupation "according to" opening the partial quote's sentence ('Profesöre göre Türk şirketleri
# bölgede "…" ve …', "Uzmana göre", "Ekonomiste göre"): the one person the article named with it ("Prof. Dr. Selim
# Karakaş", "uzman X Y"), as a bare 'Uzman, "…"' reads (_one_named_with_occupation); none when it named several
_TR_OCCUPATION_ACCORDING = re.compile(r"(?P<occ>Profesör|Uzman|Ekonomist|Analist|Akademisyen|Araştırmacı|İktisatçı)"
                                      r"(?:e|a|ya|ye)\s+göre\b,?\s+")
_TR_OCCUPATION_ACCORDING_INITIALS = frozenset("PUEAİ")
_TR_PROFESSOR_NAMED = re.compile(rf"\bProf\.\s*(?:Dr\.\s*)?"
                                 rf"(?P<name>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{1,2}})")


def _tr_occupation_named(occupation: str, earlier: str, resolver: Resolver) -> Person | None:
    if occupation == "Profesör":
        names = {_TR_APOSTROPHE_ENDING.sub("", m["name"]) for m in _TR_PROFESSOR_NAMED.finditer(earlier)}
        return resolver.resolve(names.pop()) if len(names) == 1 else None
    return _one_named_with_occupation(resolver)


# Round 45: "Ona göre" (according to him/her) opening the partial quote's sentence ('Karaduman da aynı görüşte. Ona göre
# … “…” bir adım olur.'): the one person the sentence before names (a surname alone through his full name before), as
# English "According to him" reads; none when that sentence names two or none, or holds a quote
_TR_HIM_ACCORDING = re.compile(r"Ona\s+göre\b,?")
_TR_HIM_ACCORDING_AFTER_COLON = re.compile(r"(?<=:)\s+Ona\s+göre\b,?")  # round 51 (quotes51b)


def _tr_one_named_before(before: str, resolver: Resolver) -> Person | None:
    previous = _SENTENCE_BREAK.split(before.strip().rsplit("\n", 1)[-1])[-1] if before.strip() else ""
    if not previous or _QUOTE_MARK.search(previous):
        return None
    named = {}
    for run in _capital_runs(previous):
        word = _TR_APOSTROPHE_ENDING.sub("", run)
        person = resolver.resolve(word, speaking=False) \
            or (named_in_full(before, word, resolver) if _SURNAME_ALONE.fullmatch(word) else None)
        if person is not None:
            named[person.name] = person.name
    return resolver.resolve(next(iter(named))) if len(named) == 1 else None


# Turkish verbs before a colon that TR_COLON_VERB lacks: 'Erhürman, … çözüm vizyonuna da değindi: "…"'
# (touched on), "şöyle özetledi", "sözlerine şöyle başladı"; the speaker the one person the sentence names
# (round 14: "took the floor", "made a speech": 'Kazak lider Tokayev de toplantıda söz aldı: "…"')
TR_COLON_VERB_MORE = re.compile(r"\b(?:değindi|özetledi|başladı|yanıt verdi|cevap verdi|hatırlattı|uyardı|"
                                r"vurgu yaptı|paylaştı|söz aldı|konuşma yaptı|"
                                # round 16: drew attention to, underlined, pointed to
                                r"dikkat çekti|dikkati çekti|altını çizdi|işaret etti|"
                                # round 20: used these words, gave this message ('Erdoğan, konuşmasında şu ifadeleri
                                # kullandı:', "şu mesajı verdi:"; "… Erdoğan'ın sözlerini kullandı:" stays no one's,
                                # someone else's words, _tr_words_of_another)
                                r"(?:ifadeleri|ifadeyi|sözleri|cümleleri)\s+kullandı|"
                                # round 33: a message with no accusative, or messages ("net mesaj verdi:", "… konusunda
                                # da mesajlar verdi:"), as the business papers write it
                                r"mesaj(?:ı|lar|ları)?\s+verdi|"
                                # round 31: criticised, praised, called on, reacted ('Bakan, AB'nin tutumunu da
                                # eleştirdi: "…"'), the verbs of a stance before its words
                                r"eleştirdi|övdü|çağrıda bulundu|tepki gösterdi|"
                                # Round 78 (tr78): invited, urged, a call as "çağrıda bulundu" is ('Bakan, Türk
                                # yatırımcıları bölgelere davet etti: "…"', dev/1229)
                                r"davet etti|çağırdı|"
                                # round 72 (quotes72a): complained ('Kudratov, … kapasitesinden yakındı: "…"',
                                # dev/1148), a stance verb as those
                                r"yakındı|yakınıyor|yakınmıştı|"
                                # round 42 (Turkish quotes): the analysis pieces' present and the past perfect of a
                                # recalled speech ('Karaca, … şöyle devam ediyor: "…"', 'Erdoğan, … zirvede bu konuya
                                # değinmişti: "…"', "ekonomist X Y ise … çağrısı yapıyor:")
                                r"söylüyor|söylemişti|konuşuyor|konuşmuştu|devam ediyor|devam etmişti|değiniyor|"
                                r"değinmişti|anlatıyor|anlatmıştı|açıklıyor|açıklamıştı|belirtiyor|belirtmişti|"
                                r"vurguluyor|vurgulamıştı|ekliyor|eklemişti|diyor|demişti|hatırlatıyor|hatırlatmıştı|"
                                r"özetliyor|özetlemişti|sesleniyor|seslenmişti|"
                                r"çağrı(?:sı|da|sında)?\s+(?:yapıyor|yapmıştı|yaptı|bulunuyor|bulunmuştu)|"
                                # round 59 (quotesaztr59): of the opinion, the analysis pieces' stance before an
                                # expert's words ('Prof. Dr. X Y, tablonun yanıltıcı olabileceği görüşünde: "…"')
                                r"(?:görüşünde|kanaatinde|düşüncesinde)(?:dir|ydi)?|"
                                # round 61 (quotesother61): an expert's stance before his words, a clause as its object
                                # ('Karaca, bu hedefin gerçekçi olduğunu savunuyor: "…"', argues; "düşünüyor", thinks)
                                r"savunuyor|savundu|savunmuştu|düşünüyor|inanıyor|"
                                # round 62 (quotesother62): referred to ('Aliyev, teşkilatın tarihine atıfta bulundu:
                                # "…"', "… göndermede bulundu:"), a reference made in the words the colon opens
                                r"(?:atıfta|göndermede)\s+(?:bulundu|bulunuyor|bulunmuştu))\s*:\s*$")


# Round 72 (quotes72a): a sentence of a bare colon verb with no subject right after a quote and its bare "dedi"
# ('"…," dedi. Ardından ekledi: "…"', dev/1148; '"…" dedi X. Sonra şöyle devam etti: "…"'): the one who just spoke
_TR_SAID_THEN_ADDED = re.compile(rf"^[,.]?\s*(?:dedi|diye\s+[a-zçğıöşü]+(?:\s+(?:verdi|etti))?)"
                                 rf"(?:\s+[{CAPITALS}][\w'’\-]+){{0,2}}\.\s+"
                                 r"(?:(?:Ardından|Sonra|Daha\s+sonra|Ayrıca|Sonra\s+da)\s+)?(?:şöyle\s+)?"
                                 r"(?:ekledi|devam\s+etti)\s*:\s*$"
                                 # round 77 (column77): or the recalled past after a comma, the same sentence ('"…,"
                                 # demiş, ardından eklemişti: "…"', dev/1212; '"…" demişti, sonra da şöyle devam
                                 # etmişti:')
                                 r"|^[,.]?\s*(?:dedi|demiş|demişti),\s+(?:ardından|sonra|daha\s+sonra)\s+(?:da\s+)?"
                                 r"(?:şunu\s+|şöyle\s+)?(?:ekledi|eklemişti|devam\s+etti|devam\s+etmişti)\s*:\s*$")
# Round 77 (column77): the speaker named after his own "diyor"/"dedi", then a sentence with no subject adding a colon
# quote ('"…," diyor … ekonomist X Y. Geçen hafta telefonda konuştuğumuzda şunu da ekledi: "…"', dev/1212; '"…" dedi
# X. Toplantının sonunda şunları ekledi:'): the sentence is the named one's when it names nobody
_TR_SAID_BY_THEN_ADDED_LATER = re.compile(r"^[,.]?\s*(?:dedi|diyor)\s+[^.!?\"“”:]{1,150}?\.\s+"
                                          r"(?P<sentence>[^.!?\"“”:]{0,80}?)\s*(?:şunu|şunları|şöyle)\s+"
                                          r"(?:da\s+|de\s+)?(?:ekledi|eklemişti|ekliyor|devam\s+etti)\s*:\s*$")


def _tr_said_by_then_added_later(tail: str, resolver: Resolver) -> bool:
    """Does the colon ending `tail` open a quote the last quote's speaker (named after its verb) goes on with?"""
    if (m := _TR_SAID_BY_THEN_ADDED_LATER.match(_after_last_quote(tail))) is None:
        return False
    return not any(resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", run), speaking=False) is not None
                   for run in _capital_runs(m["sentence"]))


# Round 72 (quotes72a): a partial quote told in a sentence with no subject (Turkish drops a subject going on) right
# after a sentence that closed on the last speaker's quote in the same paragraph ('"Biz fabrika istiyoruz," dedi X,
# "depo değil." Sonra serbest bölgeleri anlattı; ticaretin "artık … kalmaması gerektiğini" söyledi.', dev/1148): the
# one who just spoke, when the sentence names no one
_TR_SENTENCE_AFTER_QUOTE = re.compile(r"[.!?…][\"”]\s+(?P<sentence>[^\"“”«».!?]+)$")


def _tr_subjectless_after_quote(before: str, resolver: Resolver) -> bool:
    if (m := _TR_SENTENCE_AFTER_QUOTE.search(before[-BEFORE_WINDOW:])) is None:
        return False
    return not any(resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", run), speaking=False) is not None
                   for run in _capital_runs(m["sentence"]))


# Round 72 (quotes72a): a columnist's question to someone, the name in the dative before "sordum" (I asked), then
# his answer with a bare "dedi" ('Yemekte X'a doğrudan sordum: Bu hedef gerçekçi mi? Gülümsedi. "…," dedi.',
# dev/1148; "X'e sorduk: … "…" diye yanıtladı"): the one asked answers, when no one else is named between
_TR_ASKED_DATIVE = re.compile(rf"(?P<name>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{0,2}})['’]y?[aeə]\s+"
                              r"(?:[a-zçğıöşü]+\s+){0,2}sor(?:dum|duk|du)\b(?P<rest>[^\"“”«»]{0,120})$")


def _tr_named_before_in_run(run: str, resolver: Resolver) -> Person | None:
    """The person a capitalised run ends with: its shortest last words the text named before in full ("Yemekte
    Kudratov", a sentence's capitalised first word before a surname: Laziz Kudratov), else the run read whole."""
    words = run.split()
    for k in range(len(words) - 1, 0, -1):
        tail = " ".join(words[k:])
        if (person := resolver.resolve(tail, speaking=False)) is not None and len(person.name) > len(tail):
            return person
    return resolver.resolve(run, speaking=False)


def _tr_asked_one_answers(before: str, resolver: Resolver) -> Person | None:
    """The person `before` asked a question last ("X'a sordum:"), when its rest names no one else, else None."""
    if (m := _TR_ASKED_DATIVE.search(before[-BEFORE_WINDOW:])) is None \
            or (person := _tr_named_before_in_run(m["name"], resolver)) is None:
        return None
    others = {p.name for run in _capital_runs(m["rest"])
              if (p := resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", run), speaking=False)) is not None}
    return resolver.resolve(person.name) if others <= {person.name} else None


# Round 45: the words someone said told as a noun the colon opens, his name in the genitive before the relative
# participle of speech ('… Kemal Aydoğdu'nun geçen ay bana söylediği söz aklımda: "…"', "X'in dediği şu cümle", "X'in
# bir toplantıda anlattığı sözler hâlâ geçerli:"): the one person the sentence names in the genitive
# (round 72, quotes72a: or the sentence closed by a stop, the quote standing alone after it, "X'in söylediği bir cümle
# aklımda kaldı. "…"", a column's closing note, dev/1148)
_TR_GENITIVE_WORDS_COLON = re.compile(r"(?:['’](?:n?[ıiuü]n)|(?<=[oe]v)(?:un|in))\s+(?:[^\s:\"“”«»]+\s+){0,5}?"
                                      r"(?:söylediği|dediği|anlattığı|yazdığı|sarf ettiği)\s+(?:şu\s+|bu\s+|bir\s+)?"
                                      r"(?:söz|sözü|sözler|sözleri|cümle|cümlesi|cümleler|ifade|ifadeler)\b"
                                      r"[^:.\"“”«»]{0,40}[:.]\s*$")


def _tr_genitive_words_colon(tail: str, resolver: Resolver) -> Person | None:
    if not ("diği" in tail or "dığı" in tail or "tığı" in tail) or not _TR_GENITIVE_WORDS_COLON.search(tail):
        return None  # (a cheap gate first)
    sentence = _SENTENCE_BREAK.split(tail.rstrip()[:-1])[-1]
    if (person := _genitive_subject(sentence, resolver)) is None:
        return None
    # no one else named: 'Bolat, Erdoğan'ın … söylediği sözleri hatırlattı:' gives another's words, no one's quote
    others = {p.name for run in _capital_runs(sentence)
              if (p := resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", run), speaking=False)) is not None}
    return person if others <= {person.name} else None


# Round 71 (quotes71b): the particle "da/de" (too) between a light verb's noun and its verb before the colon ('Bakan,
# … çağrıda da bulundu: "…"', "dikkat de çekti:", "mesaj da verdi:"; dev/1142), read as the compound without it
_TR_PARTICLE_BEFORE_COLON_VERB = re.compile(r"\s+d[ae](\s+[^\s:\"“”«»]+\s*:\s*)$")


def _tr_without_particle_before_colon_verb(tail: str) -> str:
    """`tail` with a "da/de" right before its last word, the colon verb, left out (else `tail` itself)."""
    if " da " not in tail[-40:] and " de " not in tail[-40:]:  # a cheap gate
        return tail
    return _TR_PARTICLE_BEFORE_COLON_VERB.sub(r"\1", tail)


def _tr_colon_more(tail: str, resolver: Resolver) -> Person | None:
    tail = _tr_without_particle_before_colon_verb(tail)
    if not TR_COLON_VERB_MORE.search(tail):
        return None
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" :,\n"))[-1]
    if _tr_words_of_another(sentence):  # round 13
        return None
    # round 16: a person named in another case is no subject ("Esedov ile görüşen …", "Aliyev'in davetiyle …")
    return _one_named(_TR_OBLIQUE_NAME.sub(" ", sentence) if "'" in sentence or "’" in sentence or " ile " in sentence
                      else sentence, resolver)


# a Turkish name in another case than the subject's: a suffix after an apostrophe, or "ile" (with) after it
_TR_OBLIQUE_NAME = re.compile(rf"[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*)*(?:['’][a-zçğıöşü]+|\s+ile\b)")


# Russian "as X said": 'Как отметил Мустафаев, Баку готов «…»' opening the quote's sentence (a partial quote
# of the rest of it, which names nobody else)
RU_AS_SAID = re.compile(rf"^Как\s+(?:{RU_VERBS})\s+(?P<spk>[^,.;:!?«»“”\"]{{1,60}}?),")


def _ru_as_said(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    """`earlier`: the article before the quote's paragraph (a surname alone is who it named in full)."""
    if "Как " not in own_before:  # a cheap gate
        return None
    sentence = _SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not (m := RU_AS_SAID.match(sentence)) and "«" in sentence[:90]:
        return _ru_as_said_titled_term(sentence, resolver)
    if not m or not _plain_object(sentence[m.end():], resolver):
        return None
    return named_in_full(earlier + own_before, m["spk"], resolver) or resolver.resolve(m["spk"])


# Round 54 (quotesother): a Russian attribution set off by commas inside the quote's sentence ("При этом, добавила
# Тыныбекова, структура поставок остаётся «…»", "Рост, подчеркнул министр X Y, будет «…»"): its speaker is the name
# after the verb (lower-case title words before it allowed; a surname alone the person named in full before)
# Round 70 (joint70): or "as" before the verb, after a connective opening the sentence ("Вместе с тем, как подчеркнул
# Президент X Y, имеющийся потенциал позволяет «…»", dev/1131; "При этом, как отметил министр X, …"), which
# RU_AS_SAID, reading "Как" only at the sentence's start, leaves
_RU_PARENTHETICAL_SAID = re.compile(rf",\s+(?:как\s+)?(?:{RU_VERBS})\s+(?P<spk>(?:[а-яё\-]+\s+){{0,4}}[А-ЯЁ][а-яё\-]+"
                                    r"(?:\s+[А-ЯЁ][а-яё\-]+){0,2}|он|она),\s+(?P<rest>[^,.;:!?«»“”\"][^.;:!?«»“”\"]*)$")


def _ru_parenthetical_said(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    if own_before.count(",") < 2:  # a cheap gate: the attribution stands between two commas
        return None
    sentence = _SENTENCE_BREAK.split(own_before)[-1]
    if not (m := _RU_PARENTHETICAL_SAID.search(sentence)) or "слов" in m["rest"] \
            or not _plain_object(m["rest"], resolver):
        return None  # ("по словам Токаева" in the rest: whose words is unclear)
    if (phrase := m["spk"]) in ("он", "она"):
        return resolver.resolve(phrase)
    return named_in_full(earlier + own_before, phrase.split()[-1], resolver) or resolver.resolve(phrase)


def _ru_as_said_titled_term(sentence: str, resolver: Resolver) -> Person | None:
    """Round 54 (quotesother): 'Как отметил директор компании «Узагроэкспорт» X Y, Азербайджан открывает «…»': the
    speaker's title names its body in quote marks (a term of fewer than MIN_WORDS words, blanked at the same length for
    the match and left out of the name, as _ru_as_said_past_term does before a quote that opens its sentence)."""
    blanked = _SHORT_QUOTED.sub(lambda t: f" {t[1]} " if _words(t[1]) < MIN_WORDS else t[0], sentence)
    if not (m := RU_AS_SAID.match(blanked)) or "«" not in (phrase := sentence[m.start("spk"):m.end("spk")]) \
            or not _plain_object(sentence[m.end():], resolver):
        return None
    return resolver.resolve(speaker) if (speaker := _after_last_term(phrase)) else None


def _round11_local(earlier: str, own_before: str, after: str, tail: str, ends_with_colon: bool, resolver: Resolver):
    """(speaker, rule, span end) by one of round 11's Russian/Azerbaijani/Turkish forms, else None."""
    if (found := _az_verb_final(own_before, after, resolver)) is not None:
        return found[0], "verb-final", found[1]
    if (found := _ru_title_in_his_words(own_before, after, resolver)) is not None:
        return found[0], "said-after", found[1]
    if ends_with_colon:
        person = _tr_colon_more(tail, resolver) or _tr_according_colon(earlier, tail, resolver) \
            or _tr_colon_demonym_subject(tail, resolver)  # round 33
        return (person, "subject-colon", 0) if person else None
    if (person := _az_ki_past(own_before, resolver) or _ru_as_said(earlier, own_before, resolver)
            or _ru_parenthetical_said(earlier, own_before, resolver)) is not None:
        return person, "said-that", 0
    if (person := _tr_according(earlier, own_before, resolver)) is not None:
        return person, "according-to", 0
    return None


# Russian interview leads that name the interviewee in the genitive, after "у" (of): "… спросил у экономиста
# Марата Казакпаева", "узнал у политолога Анны Петровой": the name after "у" and lower-case title words only
_RU_ASKED_OF = re.compile(r"(?:^|\s)у\s+(?:[а-яё\-]+\s+){0,3}[А-ЯЁ][а-яё\-]+\s+[А-ЯЁ][а-яё\-]+[.,!]?\s*$")


# Russian "По его словам, …. «…», — сказал глава Кабмина.": a paragraph that opens with "his words" goes on in
# the voice of the last speaker, and a bare title after its quote (a lower-case title word and the body it
# heads, no name) is that speaker, as "он" would be
_RU_HIS_WORDS = re.compile(r"^\s*По\s+(?:его|её|ее)\s+словам\b")
RU_VERB_TITLE = re.compile(rf"^\s*,?\s*[-–—]\s*(?:{RU_VERBS})\s+(?P<title>глава|министр|премьер|вице-премьер|"
                           rf"председатель|посол|президент|лидер)\s+(?P<rest>[^.;:!?«»“”\"]{{0,40}}?)\s*[.,]")


def _ru_title_in_his_words(own_before: str, after: str, resolver: Resolver):
    """(speaker, span end) of a quote attributed to a bare Russian title in a "По его словам" paragraph."""
    if not own_before.lstrip().startswith("По ") or not (m := RU_VERB_TITLE.match(after)) \
            or not _RU_HIS_WORDS.match(own_before) or _CYRILLIC_NAME.search(m["rest"]) \
            or _QUOTE_MARK.search(own_before) or resolver.last_speaker is None \
            or _names_someone(own_before, resolver):  # "По его словам, Иванов …": whose words is unclear
        return None
    return resolver.last_speaker, m.end()


# --- round 12 (English): "in X's words" inside the sentence ---------------------------------------------
# "The presidents agreed to raise trade to $5 billion by 2023 and, in Erdogan's words, “to ten billion dollars
# as soon as possible.”": the opinion phrase set off by commas inside a sentence (as _IN_WORDS_OPENING at its
# start), also "in the words of X", gives the partial quote after it to X (round 44: and the reckoning words of
# _IN_WORDS_OPENING, "…, in her estimate, “…”")
# (round 50, quotes: a bare title with its article, "…, which, in the Minister's words, would allow “…”")
_IN_WORDS_INSIDE = re.compile(r",\s+in\s+(?:(?P<spk>his|her|[A-Z][^,“”\"«»„'’]{1,40}?"
                              r"|the\s+[A-Za-z][a-z\-]+(?=['’]s\s))(?:['’]s)?\s+"
                              r"(?:words|view|opinion|assessment|estimate|reckoning|judg(?:e)?ment|calculations?)"
                              r"|the\s+words\s+of\s+(?P<spk2>[A-Z][^,“”\"«»„]{1,40}?)),\s+(?P<rest>[^“”\"«»„]*)$")


def _in_words_inside(m: re.Match, sentence: str, resolver: Resolver) -> Person | None:
    """X of a sentence's ", in X's words, “…”"; a pronoun ("in his words") is the one person the sentence
    before the phrase names, none when it names nobody ("The presidents agreed …") or two."""
    if _names_someone(m["rest"], resolver):
        return None
    phrase = (m["spk"] or m["spk2"]).strip()
    if phrase[:4] == "the " and phrase[4:5].isupper() and (titled := _en_capital_title_holder(phrase[4:], resolver)):
        return titled  # round 50 (quotes): "in the Minister's words", the one person titled so
    if phrase.lower() not in _OBJECT_PRONOUNS:
        return resolver.resolve(_speaker_phrase(phrase))
    return _one_named(sentence[:m.start()], resolver)


def _en_capital_title_holder(title: str, resolver: Resolver) -> Person | None:
    """Round 50 (quotes): a release's capitalised bare title ("the Minister") is the one person named with a role that
    holds it as a word ("Minister of Energy X Y"), not a deputy chairman of a cabinet of ministers who spoke since."""
    people = resolver.named + (resolver._unlisted_people() if resolver.unlisted else [])
    first_roles: dict[str, str] = {}
    for person in people:  # the role each was first given ("Deputy Chairman", not a later reading's "Minister")
        first_roles.setdefault(person.name, person.role)
    holders = {name for name, role in first_roles.items() if title.lower() in role.lower().split()}
    return resolver.resolve(holders.pop()) if len(holders) == 1 else None


# --- round 12 (English): "quoted him as saying", and a person with no name ---------------------------------
# "Japarov discussed the railway with Aliyev by phone, Japarov's office said. It quoted him as saying that
# Kyrgyzstan was “…”": the object of "quoted … as saying" speaks; a pronoun is the subject of the sentence
# before (else the one person it names), a name is who it names
# (round 18: "cited" as "quoted": 'Trend news agency cited Aliyev as saying the corridor was “…”')
_QUOTED_WHOM = (rf"(?:quoted|cited)\s+(?P<spk>him|her|[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,3}}"
                r"|the\s+(?:[\w\-]+\s+){0,2}?(?:president|leader|minister|head of state))"
                r"\s+as\s+(?:saying|telling\s+[\w ]{1,30}?)")
_QUOTED_AS_SAYING = re.compile(rf"\b{_QUOTED_WHOM}\s+(?:that\s+)?(?P<rest>[^“”\"«»„]*)$")


def _en_quoting(text: str) -> bool:
    """The cheap gate of _QUOTED_WHOM's forms: does the text hold "quoted" or "cited"?"""
    return " quoted " in text or " cited " in text


def _quoted_as_saying(m: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    """`earlier`: the quote's paragraph before its sentence."""
    if _names_someone(m["rest"], resolver):
        return None
    if m["spk"] not in _OBJECT_PRONOUNS:
        return resolver.resolve(_speaker_phrase(m["spk"]))
    previous = _QUOTE_SENTENCE_BREAK.split(earlier.strip())[-1] if earlier.strip() else ""
    if not previous or _QUOTE_MARK.search(previous):
        return None
    found = _subject(previous, resolver)
    return resolver.resolve(_speaker_phrase(found[1]["spk"])) if found else _one_named(previous, resolver)


# "A Moscow-based diplomat who asked not to be named was more cautious. “…,” he said": a sentence about a person
# the article does not name (an indefinite article and a word for a person) makes "he"/"she" that person, whom
# no record can name (the gold leaves such quotes out), not whoever spoke before
_UNNAMED_PERSON = re.compile(r"(?:A|An|One|Another)\s+(?:[\w\-]+\s+){0,4}?(?:diplomat|official|source|analyst|expert|"
                             r"economist|observer|resident|businessman|businesswoman|trader|driver|farmer|executive|"
                             r"banker|lawmaker|politician|insider|adviser|advisor|aide|representative|spokesman|"
                             r"spokeswoman|engineer|activist|journalist|man|woman|"
                             # round 32: "A Tashkent-based logistics consultant, X Y, was blunter."
                             r"consultant|researcher|lawyer|investor|entrepreneur|hotelier|exporter|scholar|"
                             r"scientist)s?\b(?!['’])")
# "An economist in Baku, Rovshan Ibrahimov, was less sure" is named after all (a full name between commas)
_NAME_BETWEEN_COMMAS = re.compile(rf"[^,]{{0,60}},\s+(?P<spk>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+),")


def _indefinite_subject(sentence: str, resolver: Resolver) -> bool:
    """Does the sentence open with a person not named by a title ("A … diplomat", "An economist in Baku, X Y,")?
    Then "he" after it is that person: the name between commas, else no one (the last speaker forgotten)."""
    if not (m := _UNNAMED_PERSON.match(sentence)):
        return False
    if (named := _NAME_BETWEEN_COMMAS.match(sentence, m.end())) and resolver.resolve(named["spk"]):
        return True
    if _en_descriptor_named(sentence, m.end(), resolver):  # round 31: "…, X Y of the Institute …," / "…, consultant X Y,"
        return True
    resolver.last_speaker = None
    return True


# --- round 12, Russian/Azerbaijani/Turkish attribution forms ------------------------------------------------
# A dash line that names in quote marks the outlet it was told to ("— …, — рассказал «ЭО» директор компании …
# Рустам Хакимов."): the term in its attribution is no quote of its own, and the paragraph is read as a dash line
def _attribution_term(text: str, pieces: list[tuple[int, int]], para: tuple[int, int]) -> bool:
    if len(pieces) != 1 or text[para[0]:para[0] + 1] not in ("-", "–", "—"):  # a cheap gate: dash lines only
        return False
    start, end = pieces[0]
    if _words(text[start:end]) >= MIN_WORDS:
        return False
    breaks = list(_DASH_BREAK.finditer(text, para[0] + 1, start))
    return bool(breaks) and not _QUOTE_MARK.search(text, breaks[-1].end(), start - 1)


# Russian "according to": "По словам Главы государства, потенциал … «значительно превышает …»" (also "По мнению",
# "По оценке"; the words of the one named, in the genitive, a partial or whole quote ending the sentence, its
# rest naming nobody); "По его словам" is the last speaker's
# Round 14: the possessive before the noun, as Russian mostly puts it: "По его словам, Баку заинтересован в
# транзите: «…»", "По ее мнению, …" (the last speaker)
RU_ACCORDING = re.compile(r"^По\s+(?:(?P<own>его|её|ее)\s+(?:словам|мнению|оценке|убеждению)|"
                          # (round 20: a Cyrillic initial's dot is no end, "По словам А. Шаккалиева")
                          # (round 40: up to 130 characters, a department head's long title before his name)
                          rf"(?:словам|мнению|оценке|убеждению)\s+(?P<spk>(?:{_RU_INITIAL_DOT}|[^,.;:!?«»“”\"]){{1,130}}?)),")


# (round 20: a sentence break, not after a Cyrillic initial: "По словам А. Шаккалиева, «…»" is one sentence)
_RU_SENTENCE_BREAK = re.compile(r"(?<!(?<![\w.])[А-ЯЁ])[.!?…]\s+(?=\S)")


def _ru_according(own_before: str, resolver: Resolver) -> Person | None:
    if "По " not in own_before:  # a cheap gate
        return None
    sentence = _RU_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    # (round 24: a body's or project's name in quote marks is no one's words, _without_quoted_names: "По его мнению,
    # центр «Хоргос» может дать «…»" is his)
    if sentence.rstrip()[-1:] in ".!?…" or not (m := RU_ACCORDING.match(sentence)) \
            or not _plain_object(_ru_according_earlier_quotes_out(_without_quoted_names(sentence[m.end():])), resolver):
        return None
    phrase = "его" if m["own"] else m["spk"].strip()
    if m["own"] and resolver.last_speaker is None:  # round 24: before anyone spoke, the one the paragraph named
        _ru_pronoun_antecedent(own_before[:len(own_before) - len(sentence)], resolver)
    elif m["own"]:  # round 39 (Russian quotes): "X Y, который …, оценивает … . По его словам, … «…»" is X Y
        _ru_own_words_antecedent(own_before[:len(own_before) - len(sentence)], resolver)
    return resolver.resolve("он" if phrase in ("его", "её", "ее") else ru_genitive_phrase(phrase))


# Round 62 (quotesother62): an earlier partial quote of the same "По словам X" sentence is X's words too ("По его
# словам, дорога «изменит …», а ГЭС станет примером того, как соседи решают вопросы «без посредников …»"): the
# according phrase governs the whole sentence, so a whole quote in guillemets before this one takes no voice from X
# (a name in the rest still names someone else)
_RU_GUILLEMET_QUOTE = re.compile(r"«[^«»]*»")


def _ru_according_earlier_quotes_out(rest: str) -> str:
    return _RU_GUILLEMET_QUOTE.sub(" ", rest) if "«" in rest else rest


# A bare Russian occupation after a quote ("«…», – считает эксперт.", "— полагает экономист", "— отметил
# собеседник"): the one person named by the running text before the quote in its paragraph, else by the
# paragraph before ("Как отметил … экономист Дамир Сейткалиев, рост …"); nobody when it names two
# Round 19: to whom or where it was told, with the outlet's name: "корреспонденту Sputnik Казахстан", "в беседе с
# корреспондентом Informburo.kz", "в интервью «Курсиву»", "журналистам", "изданию Kapital.kz" (the name: Latin words or a
# web name with a capitalised Cyrillic word after them, an acronym, a name in quote marks)
# (round 20: a Cyrillic word after the Latin name is the outlet's, "Sputnik Казахстан", only when no capitalised word
# follows it: in "рассказал Forbes.kz Ерлан X" it is the speaker's given name)
_RU_OUTLET_NAME = (r"(?:«[^«»]{1,40}»|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}(?:\s+[А-ЯЁ][а-яё]+(?=[.,;]|\s+[^А-ЯЁ\s]|\s*$))?"
                   # round 19b: or a web name opening with digits ("в беседе с корреспондентом 24.kg"), and an
                   # agency's acronym with its own word ("в интервью РИА Новости")
                   r"|[А-ЯЁ]{2,}(?![\w\-])(?:\s+(?:Новости|Известия|Ведомости)(?![\w\-]))?"
                   r"|\d+\.[a-z]{2,6}(?![\w\-])"
                   # round 20: or a Cyrillic one in its case, "сообщил «Газете.uz»" (the marks blanked before it is read)
                   r"|[А-ЯЁ][а-яё]+\.[a-z]{2,6}(?![\w\-]))")
_RU_TOLD_TO = (r"(?:(?:в\s+(?:беседе|разговоре)\s+с\s+(?:корреспондентом|журналистом|журналистами)|в\s+(?:интервью|"
               r"комментарии|эфире)(?:\s+для)?|корреспонденту|корреспондентам|журналистам|журналисту|изданию|агентству|"
               rf"порталу|газете|телеканалу|радио)(?:\s+{_RU_OUTLET_NAME})?|журналистам|{_RU_OUTLET_NAME}"
               # round 20: "в беседе с Report.az", the outlet's name with no "корреспондентом" before it; and "с" alone
               # after "поделился" ("поделился с Kun.uz", "с журналистами")
               rf"|(?:в\s+(?:беседе|разговоре)\s+)?с\s+{_RU_OUTLET_NAME}|с\s+журналистами)")
RU_VERB_OCCUPATION = re.compile(rf"^\s*,?\s*[-–—]\s*(?:{RU_VERBS})\s+(?:{_RU_TOLD_TO}\s+)?(?:эксперт|экономист|"
                                r"аналитик|политолог|специалист|собеседник|собеседница|дипломат"  # round 13: дипломат
                                # round 21: a deputy's title, which no office of the table is ("— сказал вице-премьер."
                                # under "Вице-премьер Казахстана X Y прибыл в Баку.")
                                r"|вице-премьер|вице-министр"
                                # round 26: a member of parliament ("«…», — заявил депутат." under "депутат Жогорку
                                # Кенеша X Y"), whom the office holders table never lists
                                r"|депутат"
                                # round 39 (Russian quotes): a business person the paragraph before named ("— говорит
                                # предприниматель." under "Директор компании X Y рассказал …"), no office either
                                r"|предприниматель|предпринимательница|бизнесмен|фермер|аграрий|перевозчик|импортер|"
                                r"импортёр|экспортер|экспортёр|трейдер|инвестор)"
                                # round 39 (Russian quotes): the title's state in the genitive ("— сказал вице-премьер
                                # Азербайджана." under "Открывая заседание, X Y отметил …")
                                r"(?:\s+(?:Азербайджана|Казахстана|Узбекистана|Кыргызстана|Киргизии|Таджикистана|"
                                r"Туркменистана|Турции|Венгрии))?"
                                # round 14: the outlet told it after the title, "— сказал эксперт «НГ».", "эксперт
                                # РБК", "аналитик Kursiv.media" (a name in quote marks, capitals or a web name)
                                r"(?:\s+(?:«[^«»]{1,40}»|[A-ZА-ЯЁ]{2,}|[\w\-]+\.[a-z]{2,6}))?"
                                # round 19: or to whom or where, before or after the title ("— сказал эксперт в беседе
                                # с корреспондентом Sputnik Казахстан.", "— рассказал Kapital.kz экономист.")
                                rf"(?:\s+{_RU_TOLD_TO})?\s*[.,]")


_RU_OCCUPATION_PART = re.compile(RU_VERB_OCCUPATION.pattern.replace(r"^\s*,?\s*[-–—]\s*", "^", 1)[:-len("[.,]")]
                                 + r"[.,]?$")
assert _RU_OCCUPATION_PART.pattern.startswith("^(?:"), "RU_VERB_OCCUPATION's dash opening is cut"


# Round 49 (quotes, local): an occupation with the adjective the article introduced its expert by ("«…», – подытожил
# бакинский экономист." after "считает бакинский экономист Эльчин Гусейнзаде", "— говорит ташкентский эксперт."): the
# one named so before, however many spoke between
_RU_VERB_DESCRIBED_OCCUPATION = re.compile(
    rf"^\s*,?\s*[-–—]\s*(?:{RU_VERBS})\s+(?P<adj>[а-яё\-]{{3,}}(?:ий|ый|ой|ая|яя))\s+"
    r"(?P<occ>эксперт|экономист|аналитик|политолог|специалист|дипломат|предприниматель)\s*[.,]")


def _ru_described_occupation_after(earlier: str, after: str, resolver: Resolver) -> tuple[Person, int] | None:
    if not (m := _RU_VERB_DESCRIBED_OCCUPATION.match(after)):
        return None
    named = re.findall(rf"\b{m['adj']}\s+{m['occ']}\s+((?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)", earlier)
    if len(set(named)) != 1:
        return None  # no one or two named so: whose words they are is not told
    person = resolver.resolve(named[0])
    return (person, m.end()) if person and person.rule == "unlisted name" else None


def _ru_occupation_after(text: str, paras, para_start: int, own_before: str, after: str, resolver: Resolver):
    """(speaker, span end) of a quote attributed to a bare Russian occupation, else None."""
    if not (m := RU_VERB_OCCUPATION.match(after)):
        return None
    if own_before.strip(" -–—"):  # (round 24: a dash alone before the quote, "– «…», – добавил эксперт", is no lead)
        # (round 44: a body's short name in marks, "центра «Евразийский мост»", is no quote before the words)
        lead = "" if _QUOTE_MARK.search(_without_short_quoted_terms(own_before)) else own_before
        if lead and _ru_no_one_named(lead, resolver):  # round 25: "По его словам, … . «…», – добавил эксперт."
            lead = _previous_paragraph(text, paras, para_start)
    else:
        lead = _previous_paragraph(text, paras, para_start)
    # an expert is nobody the office holders table lists: "Президент X Y …" before "— считает эксперт" is not he
    if (person := _ru_one_named(lead, resolver) or _ru_expert_goes_on(own_before, lead, resolver)) is None \
            or person.rule != "unlisted name":
        return None
    resolver.last_speaker = person
    return person, m.end()


# A Turkish or Azerbaijani quote that opens its paragraph with only the verb after it ('"…" diye konuştu.',
# '"…" deyib.', the verb ending the sentence): the speaker is the one person the last sentence of the paragraph before names, in the nominative
# ("… Ticaret Odası Başkan Yardımcısı Hasan Özbey de … önemine dikkat çekti."); that paragraph running text
def _verb_final_lead(text: str, paras, para_start: int, own_before: str, after: str, resolver: Resolver):
    if own_before.strip() or not (m := AFTER_VERB_FINAL.match(after) or AZ_VERB_FINAL.match(after)) \
            or after[m.end():].lstrip()[:1] not in (".", "!", ""):  # the verb ends the sentence: no '"…," dedi X'
        return None
    lead = _previous_paragraph(text, paras, para_start).strip()
    if _all_capitals(lead) and ":" not in lead and resolver.last_speaker is not None:
        return resolver.last_speaker, m.end()  # round 21: an editor's heading ("AİLE FOTOĞRAFI ÇEKİLDİ") between
    if not lead.endswith(".") or (_QUOTE_MARK.search(lead) and _QUOTE_MARK.search(_without_short_quoted_terms(lead))):
        return None  # (round 27: a term in quote marks, '"geliştirilmiş stratejik ortaklık" seviyesinde', is no quote)
    person = _one_named(_SENTENCE_BREAK.split(lead)[-1], resolver, nominative=True)
    if person is None and resolver.last_speaker is not None and _names_nobody(lead, resolver):
        return resolver.last_speaker, m.end()  # round 21: the running text names no one, the voice goes on
    return (person, m.end()) if person and (_titled_or_known(person) or _named_with_occupation(person, resolver)) \
        else None


def _named_with_occupation(person: Person, resolver: Resolver) -> bool:
    """Round 28: was `person` named after an occupation ("Ekonomist Doç. Dr. X Y ise … düşünüyor.", "İktisatçı X Y"),
    a title though it gives no role: the subject of the paragraph before '"…," değerlendirmesinde bulundu.'"""
    return person.name in resolver.occupations


# Round 21: a paragraph of figures between two quotes of one voice ('Bu yılın ilk 8 ayında ise ticaret hacmi 530 milyon
# doları aştı.' then '"…," dedi.') names no one; Turkish drops the subject the text goes on about, the last speaker.
# Not after a body or its officials ("Bakanlık da bir açıklama yaptı.", "Yetkililer …", "Kaynaklar …"): the
# subjectless verb may then be theirs, no one's quote
_TR_BODY_OR_SOURCE = re.compile(r"[Bb]akanlı|[Bb]aşkanlı|[Oo]dası|[Bb]irliği|[Kk]urum|[Kk]omite|[Mm]eclis|[Hh]ükümet|"
                                r"[Tt]eşkilat|[Aa]jans|[Bb]ankası|[Ss]özcü|[Kk]aynak|[Yy]etkili|[Oo]fis|[Ss]ekreterli")


def _names_nobody(paragraph: str, resolver: Resolver) -> bool:
    return not _TR_BODY_OR_SOURCE.search(paragraph) \
        and not any(resolver.resolve(run, speaking=False) for run in _capital_runs(paragraph))


def _titled_or_known(person: Person) -> bool:
    """Is `person` an office holder, someone named before, or an unlisted name after a title ("Ticaret Odası
    Başkanı Murat Kaya")? A bare unlisted run may be a sentence's capitalised first word and a surname
    ("Toplantıya Bolat da katıldı"), no one's full name."""
    return person.rule != "unlisted name" or bool(person.role)


# Azerbaijani subject first, verb last, another person named in a case ('Dövlətimizin başçısı Özbəkistan Prezidenti
# Şavkat Mirziyoyevə salamlarını çatdırmağı xahiş edib və "…" deyib.', to him; 'Dövlət başçısı … "…" kimi
# dəyərləndirib və Prezident X Y-ə salamlarını çatdırmağı xahiş edib.'): the sentence's opening name or title
# speaks when every other person it names carries a case ending (no second subject)
AZ_VERB_AND = re.compile(rf"^\s*,?\s*(?:(?:kimi|olaraq)\s+)?(?:adlandırıb|dəyərləndirib|qiymətləndirib|səciyyələndirib|"
                         rf"xarakterizə edib|{AZ_VERBS})(?P<rest>\s*[.!]|\s+və\s+[^.!?“”«»\"]{{1,200}}[.!])")


def _az_opening_subject(own_before: str, after: str, resolver: Resolver):
    """(speaker, span end) of an Azerbaijani quote whose sentence opens with its subject, else None."""
    if not (m := AZ_VERB_AND.match(after)):
        return None
    sentence = _SENTENCE_BREAK.split(own_before)[-1].strip() if own_before.strip() else ""
    if not sentence or sentence[-1] in ".!?…:" or _QUOTE_MARK.search(sentence):
        return None
    runs = _capital_runs(sentence)
    phrase = runs[0] if runs and " " in runs[0] and sentence.startswith(runs[0]) else " ".join(sentence.split()[:2])
    person = resolver.resolve(phrase, speaking=False)
    if person is None or not _titled_or_known(person) or _case_marked(phrase.split()[-1], person.name.split()[-1]):
        return None
    for run in runs + _capital_runs(m["rest"]):
        other = resolver.resolve(run, speaking=False)
        if other is not None and other.name != person.name and not _case_marked(run.split()[-1], other.name.split()[-1]):
            return None  # a second person in the nominative: whose words is unclear
    return resolver.resolve(phrase), m.end()


def _round12_local(text: str, paras, para_start: int, own_before: str, after: str, resolver: Resolver):
    """(speaker, rule, span end) by one of round 12's Russian/Azerbaijani/Turkish forms, else None."""
    if (found := _az_opening_subject(own_before, after, resolver)) is not None:
        return found[0], "verb-final", found[1]
    if (found := _verb_final_lead(text, paras, para_start, own_before, after, resolver)) is not None:
        return found[0], "verb-final", found[1]
    if (found := _ru_occupation_after(text, paras, para_start, own_before, after, resolver)) is not None:
        return found[0], "said-after", found[1]
    if ("ий " in after[:60] or "ый " in after[:60] or "ой " in after[:60] or "ая " in after[:60]) \
            and (found := _ru_described_occupation_after(text[:para_start] + own_before, after, resolver)):
        return found[0], "said-after", found[1]  # round 49 (quotes, local): "— подытожил бакинский экономист."
    if (person := _ru_according(own_before, resolver)) is not None:
        return person, "according-to", 0
    if own_before[:6] == "По его" and (person := _ru_according_opening_paragraph(text, paras, para_start, own_before,
                                                                               resolver)) is not None:
        return person, "according-to", 0  # round 28
    if (person := _ru_according_body_head(text[:para_start], own_before, resolver)) is not None:  # round 27
        return person, "according-to", 0
    if (person := _ru_inner_according(own_before, resolver)) is not None:  # round 27
        return person, "according-to", 0
    if "о словам " in own_before and (person := _ru_according_occupation(text[:para_start], own_before, resolver)):
        return person, "according-to", 0  # round 34: "При этом, по словам предпринимательницы, …: «…»"
    if (person := _ru_clause_according(own_before, resolver)) is not None:  # round 76 (digest76)
        return person, "according-to", 0
    return None


# Round 76 (digest76): "according to X" opening the sentence's last clause after a conjunction, the quote ending it
# ("Товарооборот составил около 640 млн долларов, но, по словам Мередова, «потенциал в разы больше …»", dev/1199; "…,
# а по мнению министра X, «…»"): the clause is read as _ru_according reads a sentence opening so (a named speaker in the
# genitive; "по его словам" inside a sentence is _ru_inner_according's)
_RU_CLAUSE_ACCORDING = re.compile(r",\s+(?:но|а|однако|и|причем|причём)\s*,?\s+"
                                  r"(?=по\s+(?:словам|мнению|оценке|убеждению)\s+[А-ЯЁ])")


def _ru_clause_according(own_before: str, resolver: Resolver) -> Person | None:
    """The speaker of a quote ending a clause opened by a named "according to" after a conjunction
    (_RU_CLAUSE_ACCORDING), read by _ru_according on the clause; None otherwise."""
    if " по " not in own_before:  # a cheap gate
        return None
    sentence = _RU_SENTENCE_BREAK.split(own_before)[-1]
    openings = list(_RU_CLAUSE_ACCORDING.finditer(sentence))
    if not openings:
        return None
    clause = sentence[openings[-1].end():]
    return _ru_according("П" + clause[1:], resolver)


# --- round 13 (English) -------------------------------------------------------------------------------
# A lower-case title, then the name between commas, then the verb: "Kazakhstan's transport minister, Marat
# Karabayev, has described …", "The head of the port authority, Taleh Ziyadov, said …" (the sentence's subject; a
# perfect's auxiliary is no verb of its own)
# (round 14: the owner's name may be a titled full name, "Kyrgyz President Sadyr Japarov's press secretary, X Y, wrote")
# (the title capitalised too, as press services write it: "The Chairman of the Management Board of QazIndustry, X Y,
# noted that …"; a title only, so "The Board of Directors, …" is none)
_CAPITALISED_TITLES = "Chairman|Chairwoman|Chairperson|Director|Director General|Head|President|Minister|Mayor|Governor"
_TITLE_NAME_APPOSITIVE = re.compile(
    rf"(?:(?:[{CAPITALS}][\w\-]*\s+){{0,4}}[{CAPITALS}][\w\-]*['’]s\s+|[Tt]he\s+)(?:[\w'’\-]+\s+){{0,4}}?(?:{_LOWER_TITLES}|{_CAPITALISED_TITLES})"
    r"(?:\s+(?:of|for|to|at)\s+[^,“”\"«»„:;]{1,60})?,\s+"
    rf"(?P<spk>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{1,2}}),\s+"
    r"(?:(?:also|then|later|has|had|have)\s+)?(?P<verb>(?!(?:and|or|who|which|whose)\b)[a-z][\w\-]*)")


def _participle_after_relative(m: re.Match, rest: str, resolver: Resolver) -> Person | None:
    """'Mr Aliyev hit back at critics who have called Azerbaijan a petrostate, saying countries with reserves “…”':
    a participle set off by a comma after a relative clause goes with the sentence's subject, the relative clause
    (its own verb of saying included) ended by the comma; the sentence names no one else and the participle's
    clause holds no other speech word."""
    participle = _PARTICIPLE_CLAUSE.search(rest)
    if participle is None or not _RELATIVE.search(rest, 0, participle.start()) or _QUOTE_MARK.search(rest) \
            or _TERM_MARKER.search(rest) or _SPEECH_WORD.search(participle[0], participle[0].find(" ", 2)) \
            or _names_someone(rest, resolver):
        return None
    return resolver.resolve(_speaker_phrase(m["spk"]))


_LEADING_PARTICLES = re.compile(rf"^(?:(?:{NAME_PARTICLES})\s+){{1,2}}", re.I)
_ADDRESS_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=[^\s]+$)")
_EN_INITIAL_WORD = re.compile(r"([A-Z][a-z]?)\.\s?(?=[^\s.]+$)")  # round 18b: a given name's initial before a surname
_SURNAME_ALONE = re.compile(rf"[{CAPITALS}][a-zß-öø-ÿā-ſə'’\-]+")


# Round 44 (English quotes): a body's title said again without the name, "The TOBB President recalled …" after "TOBB
# President X Y" (a chamber's, a company's or a union's head the table does not know): the one the text named last with
# that body and title right before his name
_EN_BODY_TITLE = re.compile(r"[Tt]he\s+(?P<body>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}?)\s+"
                            r"(?P<title>(?i:president|chairman|chairwoman|chairperson|chair|head|director"
                            r"|director general|general director|secretary general|secretary-general|ceo|rector))")


def _en_body_title_named_before(titled: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    named = re.compile(rf"\b{re.escape(titled['body'])}\s+(?i:{re.escape(titled['title'])})\s+"
                       rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")
    last = None
    for m in named.finditer(earlier):
        last = m["name"]
    return resolver.resolve(last) if last else None


def _surname_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    """'SOCAR president Rovshan Najaf has signaled … . “…,” Najaf told an industry conference': a surname no rule
    resolves is the one the article named in full with it before (a lower-case title leaves that name unremembered;
    a country word before it is no given name: "“…,” Ankara said" after "Greater Ankara" names nobody)."""
    if phrase[:4] in ("The ", "the ") and (titled := _EN_BODY_TITLE.fullmatch(phrase.strip())):
        return _en_body_title_named_before(titled, earlier, resolver)  # round 44: "The TOBB President"
    word = _LEADING_PARTICLES.sub("", phrase.strip())  # round 14: "Von der Leyen said" is Leyen
    word = _ADDRESS_TITLE.sub("", word)  # round 16: "Mrs Karimova said" is Karimova
    word = _capital_titles_off(word)  # round 45: "Deputy State Secretary Kolozsvári said" is Kolozsvári
    if word.endswith(("uulu", "kyzy")):  # a cheap gate
        word = _without_kyrgyz_patronymic(word)
    initial = _EN_INITIAL_WORD.match(word)  # round 18b: "A. Mammadov said" after "Economist Anar Mammadov"
    word = word[initial.end():] if initial else word
    if not _SURNAME_ALONE.fullmatch(word):  # not an acronym ("“…,” SOCAR said")
        return None
    if initial:
        return _en_initial_named_before(initial[1], word, earlier, resolver)
    return named_in_full(earlier, word, resolver) or _family_name_first(earlier, word, resolver)


def _capital_titles_off(phrase: str) -> str:
    """Round 45: the surname after a run of capitalised title words ("Deputy State Secretary Kolozsvári", "Ambassador
    Kovács") once the text named him in full with a longer title the resolver does not know ("Deputy State Secretary
    for Foreign Economic Relations Bence Kolozsvári"); a run holding any other word is left whole."""
    words = phrase.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.lower() in _TITLE_WORDS for w in words[:-1]):
        return phrase
    return words[-1]


def _without_kyrgyz_patronymic(phrase: str) -> str:
    """A Kyrgyz surname with its patronymic word ("Turgunbek uulu said" after "Speaker … Nurlanbek Turgunbek uulu") is
    looked up by the father's name before it, as the rules read the full name ("Nurlanbek Turgunbek", the patronymic
    given back by _turkic_patronymic_names); any other phrase unchanged ("Toktogul Uulu" is no such word)."""
    head, _, last = phrase.rpartition(" ")
    return head if head and last in _KYRGYZ_PATRONYMIC_SURNAME else phrase


def _en_initial_named_before(initial: str, surname: str, earlier: str, resolver: Resolver) -> Person | None:
    """Round 18b: "A. Mammadov" is the one person named in full before whose given name opens with the initial (none
    when two were: "Economists Anar Mammadov and Azer Mammadov")."""
    names = {m[0] for m in full_names(earlier, surname) if m[1].startswith(initial)}
    return resolver.resolve(names.pop()) if len(names) == 1 else None


# Round 14: a family name first, after a title ("Chinese President Xi Jinping met …" / '“…,” Xi said'); the title
# keeps a company's or a place's first word out ("Gazprom Export" … '“…,” Gazprom said' names nobody)
_TITLE_BEFORE_NAME = (r"President|Premier|Vice[\s\-]President|Minister|Ambassador|Chairman|Chairwoman|Secretary|"
                      r"Governor|Mayor|Spokesman|Spokeswoman|Envoy|Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?")


def _family_name_first(earlier: str, word: str, resolver: Resolver) -> Person | None:
    names = list(re.finditer(rf"\b(?:{_TITLE_BEFORE_NAME})\s+({re.escape(word)}\s+[{CAPITALS}][\w'’\-]+)\b"
                             rf"(?!\s+[{CAPITALS}])", earlier))
    return resolver.resolve(names[-1][1]) if names else None


# A lower-case title, then the name set off by a comma, after the quote: '“…,” said Kassym-Jomart Tokayev's spokesman,
# Ruslan Zheldibay.' (verb first) / '“…,” the Kazakh senate speaker, Maulen Ashimbayev, said.' (verb last): the
# name is the speaker, not whoever the title names as its owner
_TITLE_OF = rf"(?:{_LOWER_TITLES})(?:\s+(?:of|for|to|at)\s+[^,.;:!?“”\"«»„]{{1,60}})?,\s+"
_FULL_NAME = rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})"
AFTER_VERB_TITLE_NAME = re.compile(rf"^\s*[,.!?]?\s*(?:{VERBS})\s+[^,.;:!?“”\"«»„]{{0,60}}?\b{_TITLE_OF}{_FULL_NAME}"
                                   r"\s*(?:[.;]|,\s+(?:an?|the|who)\s|$)")
AFTER_TITLE_NAME_VERB = re.compile(rf"^\s*[,.!?]?\s*(?:the|an?|[{CAPITALS}][\w\-]*['’]s)\s+[^,.;:!?“”\"«»„]{{0,60}}?\b"
                                   rf"{_TITLE_OF}{_FULL_NAME},\s+(?:{VERBS})\b")


# "The president's press secretary, X Y, wrote on Telegram that the talks were “…”": a verb of writing reports
# speech with "that" as "cautioned that" does (where it was said before "that": _THAT_CLAUSE)
_THAT_VERBS = _THAT_VERBS | {"wrote", "posted", "tweeted"}


# --- round 13, Russian/Azerbaijani/Turkish attribution forms ------------------------------------------------
# A bare title opening the quote's sentence, no name after it: 'Vitse-prezident Türkiyə şirkətlərinin "…" deyib.',
# 'Prezident deyib: "…"', 'Nazir isə … "…" bildirib.', 'Nazir əlavə edib ki, "…"', 'Bakan, "…" dedi.': the person the sentence before (in the
# paragraph, else the last of the paragraph before) is about, its running text ending in a past verb ("Fuat Oktay
# isə … qeyd edib.", "Daha sonra dövlətimizin başçısı … çıxış edib."), when the title fits him (a president word
# a head of state, any other title no head of state)
_BARE_TITLE_OPENING = re.compile(r"^(?P<title>vitse-prezident|prezident|baş nazir|nazir|səfir|sədr|spiker|ekspert|"
                                 r"iqtisadçı|politoloq|analitik|cumhurbaşkanı|bakan|büyükelçi|başkan|uzman)"
                                 r"(?:\s+(?:isə|da|də|ise|de|da))?(?=[\s,])", re.I)
_PRESIDENT_TITLES = ("prezident", "cumhurbaşkanı", "президент")
# the first letters of the bare titles (_BARE_TITLE_OPENING, _RU_BARE_TITLE_OPENING), a cheap gate before either
_TITLE_INITIALS = frozenset("VvPpBbNnSsEeİiAaCcUuМПЭА")
_PAST_SENTENCE_END = re.compile(r"\w(?:ıb|ib|ub|üb|dı|di|du|dü|tı|ti|tu|tü)\s*\.?$")  # split() takes the stop
_BARE_TITLE_VERB_AFTER = re.compile(rf"^\s*,?\s*(?:{AZ_VERBS}|{TR_VERBS}|söyledi|belirtti|vurguladı|kaydetti|"
                                    r"ifade etti|dile getirdi|açıkladı|bildirdi|ekledi)\s*[.!]")


def _sentence_before(text: str, paras, para_start: int, sentences: list[str]) -> str:
    """The sentence before the last of `sentences` (a paragraph's, up to a quote): in the paragraph, else the
    last sentence of the paragraph before ("" when there is none)."""
    if len(sentences) > 1:
        return sentences[-2]
    lead = _previous_paragraph(text, paras, para_start).strip()
    return _SENTENCE_BREAK.split(lead)[-1] if lead else ""


def _bare_title_lead(text: str, paras, para_start: int, own_before: str, after: str, ends_with_colon: bool,
                     resolver: Resolver):
    """(speaker, span end) of a quote whose sentence opens with a bare title, else None."""
    if not own_before.strip():
        return None
    sentences = _SENTENCE_BREAK.split(own_before.strip())
    sentence = sentences[-1]
    m_after = None
    if ends_with_colon:
        if not (AZ_COLON_VERB.search(own_before) or TR_COLON_VERB.search(own_before)
                or TR_COLON_VERB_MORE.search(own_before)):
            return None
    elif not (m_after := _BARE_TITLE_VERB_AFTER.match(after)) and not (" ki" in sentence and AZ_KI.search(sentence)):
        return None  # neither '"…" deyib.' after the quote nor 'Nazir əlavə edib ki, "…"' before it
    if not (m := _BARE_TITLE_OPENING.match(sentence)) or _QUOTE_MARK.search(sentence) \
            or _name_after_title(sentence, m.end()) \
            or any(resolver.resolve(run, speaking=False) for run in _capital_runs(sentence[m.end():])):
        return None  # (round 25: a name after the title, known or not, makes it no bare title)
    lead = _sentence_before(text, paras, para_start, sentences)
    if not _PAST_SENTENCE_END.search(lead):
        return None
    opening = _QUOTE_MARK.split(lead, 1)[0]  # the subject comes before a quoted term ('forumun "…" adlı panel')
    person = _clause_subject(opening, resolver, speaking=False)
    if person is None:
        return None
    if not _title_fits(m["title"], person, lead):
        return None  # 'Prezident İlham Əliyev … qəbul edib. Nazir "…" deyib.': not the president's words
    return resolver.resolve(person.name), m_after.end() if m_after else 0


# Round 16: a minister's title fits a minister only ("Economy Minister", "Ticaret Bakanı"), not an economist named
# before ('İqtisadçı X Y bildirib ki, …. İqtisadiyyat naziri Mikayıl Cabbarov da … vurğulayıb. Nazir qeyd edib ki, "…"')
_MINISTER_TITLES = ("nazir", "bakan", "министр")
_MINISTER_ROLE = re.compile(r"minister|nazir|bakan|министр", re.I)
# Round 18b: a deputy minister is no "Nazir"/"Bakan" ('İqtisadiyyat nazirinin müavini X Y … çıxış edib. Nazir qeyd edib:
# "…"' is not his; "Bakan Yardımcısı", "Deputy Minister"), by his role or, read without it, the sentence naming him
_TURKIC_DEPUTY = re.compile(r"müavin|yardımcı|deputy", re.I)


def _title_fits(title: str, person: Person | None, lead: str = "") -> bool:
    """Can a bare title opening a sentence ("Nazir", "Bakan", "Prezident", "Ekspert") mean `person`? A president word
    a head of state only, a minister's title a minister (no prime minister) only, any other title no head of state.
    `lead`: the sentence that named him, whose own title word counts when his role is not known ("Ticarət naziri Ömer
    Bolat … vurğulayıb.", a name read without its lower-case title)."""
    if person is None:
        return False
    title = title.lower()
    if title in _PRESIDENT_TITLES:
        return person.role == officeholders.HEAD_OF_STATE
    if title in _MINISTER_TITLES:
        role = person.role or (title if person.rule == "unlisted name" and title in lead.lower()
                               and not _TURKIC_DEPUTY.search(lead) else "")
        return bool(_MINISTER_ROLE.search(role)) and "prime" not in role.lower() and "başbakan" not in role.lower() \
            and not _TURKIC_DEPUTY.search(role)
    return person.role != officeholders.HEAD_OF_STATE


def _holds_other_office(person: Person | None) -> bool:
    """Is the last speaker known to hold an office that no minister's title fits (a head of state, an ambassador)? An
    unlisted name read without its title has no role, and may be a minister still."""
    return person is not None and bool(person.role) and not _title_fits("nazir", person)


def _unfit_last_speaker_lead(text: str, paras, para_start: int, own_before: str, after: str, resolver: Resolver):
    """(speaker, rule, span end) when a bare title opens the quote's sentence ('Nazir qeyd edib ki, "…"', 'Bakan, "…"
    dedi.', 'Nazir bildirib: "…"') and the last speaker does not hold it: the person the sentence before is about,
    by _bare_title_lead, whom the title fits; else None (the title is then the last speaker's, as before)."""
    sentence = _SENTENCE_BREAK.split(own_before.strip())[-1] if own_before.strip() else ""
    if "А" <= sentence[:1] <= "Я":
        return _ru_unfit_last_speaker_lead(text, paras, para_start, own_before, sentence, resolver)
    if not (m := _BARE_TITLE_OPENING.match(sentence)) or _title_fits(m["title"], resolver.last_speaker) \
            or _name_after_title(sentence, m.end()):  # round 25: 'Bakan Bolat, "…" dedi' is titled
        return None
    ends_with_colon = own_before.rstrip().endswith(":")
    found = _bare_title_lead(text, paras, para_start, own_before, after, ends_with_colon, resolver)
    if found is None and _holds_other_office(resolver.last_speaker) and m["title"].lower() in _MINISTER_TITLES:
        return None, "unattributed", 0  # a minister's words, the last speaker no minister, none named: nobody's
    return (found[0], "subject-colon" if ends_with_colon else "verb-final", found[1]) if found else None


# A "read also" line that links another report, its headline "Name: “…”" ('Oxu: Hakan Fidan: "Azərbaycanla …"',
# "Читайте также: Токаев: «…»", "İlgili Haber: Bolat: “…”"): the words are the named person's, told nowhere else in
# the article (the label a name the office holders table knows, or a titled one named before); he is no speaker
# of the report's own text, so the last speaker stays
_READ_ALSO = re.compile(r"^\s*(?:oxu|oxuyun|həmçinin oxu|həmçinin oxuyun|bax|читайте также|читайте по теме|"
                        r"смотрите также|ilgili haber|ayrıca (?:bakınız|okuyun)|bunu da okuyun|read also|also read|"
                        r"read more|see also)\s*:\s*(?P<spk>[^:“”«»\"„]{3,60}?)\s*:\s*$", re.I)


def _read_also(own_before: str, after: str, resolver: Resolver) -> Person | None:
    if ":" not in own_before or after.strip(" .!?\n") or not (m := _READ_ALSO.match(own_before)):
        return None
    person = resolver.resolve(m["spk"], speaking=False)
    return person if person is not None and person.rule != "anaphor" and _titled_or_known(person) else None


# Turkish: the subject before a comma opens the sentence, the colon verb last ('Bolat, Cumhurbaşkanı Recep Tayyip
# Erdoğan ile Azerbaycan Cumhurbaşkanı İlham Aliyev'in belirlediği hedefe de değindi: "…"'): the subject speaks when
# every other person named is in another case, a suffix after an apostrophe ("Aliyev'in", "Erdoğan'a") or "ile"
# (with) after the name ("X ve Y'nin": a case on the last name of a pair is both's); not when the sentence holds
# someone's words ("Erdoğan'ın sözlerini hatırlattı:", which quote him)
_TR_COMMA_SUBJECT = re.compile(rf"^(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}}),\s")
_TR_NAME_RUN = re.compile(rf"[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*)*")
_TR_WORDS_OF = re.compile(rf"[{CAPITALS}][\w\-]*['’]n?[ıiuü]n\b[^:“”\"«»]*?\b(?:söz|mesaj|ifade|açıklama|mektub|"
                          r"mektup|çağrı|tebrik)\w*")  # someone's (genitive) words, message, statement


def _tr_words_of_another(sentence: str) -> bool:
    """'Bolat, Cumhurbaşkanı Erdoğan'ın … sözlerini hatırlattı:': the quote after it is the other one's words."""
    return ("'" in sentence or "’" in sentence) and bool(_TR_WORDS_OF.search(sentence))


# Round 16b: the same in Azerbaijani, a capitalised genitive with no apostrophe before the words ('Ceyhun Bayramov
# Prezident İlham Əliyevin sözlərini xatırladıb:', "… Tokayevin məktubunu oxuyub:"), and in Russian, the words before
# a capitalised genitive ("Байрамов напомнил слова Ильхама Алиева:", "Нуртлеу передал … послание Токаева:", "письмо
# президента Казахстана"): the quote after the colon is that other one's words, never the subject's
_AZ_WORDS_OF = re.compile(rf"[{CAPITALS}][\w\-]*(?:[ıiuü]n|n[ıiuü]n)\s+"
                          # round 28: no official's title between ("Xalq Məclisinin sədri … fikirlərini bölüşüb:" is the
                          # chair's own thoughts, the genitive his body's)
                          rf"(?:(?!(?:{'|'.join(AZ_POSSESSIVE_TITLES)})\s)[a-zəıöüşçğ]+\s+){{0,2}}?(?:söz|fikir|məktub|"
                          r"müraciət|mesaj|bəyanat|ismarış|çağırış|təbrik)\w*")
_RU_WORDS_OF = re.compile(r"(?<![\w\-])(?:слова|послание|обращение|письмо|цитату|высказывание|поздравление)\s+"
                          r"(?:[а-яё]+\s+){0,3}?[А-ЯЁ]"
                          # round 18: quoting someone before the colon, "Ильхам Алиев процитировал Ататюрка: «…»",
                          # "… цитирует классика:" (the words are the one quoted's, so the subject is no speaker)
                          r"|(?<![\w\-])(?:процитировала|процитировал|цитировала|цитировал|цитирует)\s")


# Round 62 (quotesother62): a sentence opening with a person's name in the genitive and a noun of his or her words,
# then a short predicate and a colon ('Kaplan'ın son sözü de bu yönde: "…"', "X'in uyarısı net:", "Y'nin yorumu
# şu:"): the words the colon opens are that person's (a name alone, the surname of one the text named in full)
_TR_OWN_WORDS_COLON = re.compile(rf"^(?P<spk>(?:[{CAPITALS}][\w\-]+\s+){{0,2}}[{CAPITALS}][\w\-]+)['’]n?[ıiuü]n\s+"
                                 r"(?:(?:son|ilk)\s+)?(?:sözü|sözleri|yorumu|uyarısı|mesajı|değerlendirmesi|tavsiyesi|"
                                 r"tespiti|cevabı|yanıtı)(?:\s+(?:de|da))?(?:\s+[^\s:\"“”«»'’]+){0,3}\s*:\s*$")


def _tr_own_words_colon(tail: str, earlier: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" \n"))[-1].lstrip()
    if not (m := _TR_OWN_WORDS_COLON.match(sentence)):
        return None
    return _surname_speaker(m["spk"], earlier, resolver)


def _local_words_of_another(tail: str) -> bool:
    """Does the sentence ending in a colon before a quote give someone else's words (Turkish, Azerbaijani, Russian)?"""
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" :\n"))[-1]
    return _tr_words_of_another(sentence) or bool(_AZ_WORDS_OF.search(sentence) or _RU_WORDS_OF.search(sentence))


def _tr_comma_subject(tail: str, resolver: Resolver) -> Person | None:
    if not (TR_COLON_VERB.search(tail) or TR_COLON_VERB_MORE.search(tail)):
        return None
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" :,\n"))[-1]
    if _QUOTE_MARK.search(sentence):
        return None
    lead = ""
    if not (m := _TR_COMMA_SUBJECT.match(sentence)):
        if not (m := _TR_SPEAKING_SUBJECT.match(sentence)):  # round 16
            return None
        lead = m["lead"]
    person = resolver.resolve(m["spk"], speaking=False)
    if person is None or person.rule == "anaphor" \
            or not (_titled_or_known(person) or _surname_of_named_in_full(m["spk"], person)):
        return None
    rest = sentence[m.end():]
    if _tr_words_of_another(rest) or not _others_oblique(rest, person, resolver) \
            or (lead and not _others_oblique(lead, person, resolver)):
        return None
    return resolver.resolve(m["spk"])


def _surname_of_named_in_full(spk: str, person: Person) -> bool:
    """Round 28: is `spk` one word, the surname of `person`, whom the article named in full before ('Öztürkler, Gafarova
    ile görüşmesinde … belirtti: "…"' after "Ziya Öztürkler" spoke: known, though his entry kept no title)?"""
    return " " not in spk and person.name != spk and person.name.endswith(" " + spk)


# Round 76 (tracks76): the postposition "between" after a pair, '… Anavatan ile Yavru Vatan arasındaki bağın …'
# (dev/1200): the last of the pair is in no nominative either ("X ile" before it already reads as oblique)
_BETWEEN_POSTPOSITION = (" arasında", " arasındaki", " arasındakı")


def _others_oblique(clause: str, person: Person, resolver: Resolver) -> bool:
    """Is every person of a Turkish clause other than `person` named in another case: a suffix after an apostrophe
    ("Aliyev'in", "Erdoğan'a") or "ile" (with) after the name ("X ve Y'nin": a case on the last name of a pair is
    both's)?"""
    oblique_next = False
    for run in reversed(list(_TR_NAME_RUN.finditer(clause))):
        following = clause[run.end():run.end() + 10]
        oblique = "'" in run[0].split()[-1] or "’" in run[0].split()[-1] or following.startswith(" ile ") \
            or (following.startswith(" ve ") and oblique_next) or following.startswith(_BETWEEN_POSTPOSITION)
        oblique_next = oblique
        other = resolver.resolve(run[0], speaking=False)
        if other is not None and other.name != person.name and not oblique:
            return False  # a second person in the nominative: whose words is unclear
    return True


# Round 16: the subject after a participle of speaking that opens the sentence, set off by a comma ('Esedov ile
# görüşmenin ardından düzenlenen basın toplantısında konuşan Yılmaz, … dikkat çekti:', "… açıklama yapan", "hitap
# eden", "söz alan"): the one speaking there, the people the participle's clause names in another case ("Esedov
# ile", "Erdoğan'ın") no speakers; a participle of another act ("Orban ile görüşen Erdoğan, …") is not read
_TR_SPEAKING_SUBJECT = re.compile(
    rf"^(?P<lead>[^,“”\"«»]*?\b(?:konuşan|konuşma yapan|açıklama yapan|açıklamalarda bulunan|değerlendirme yapan|"
    # round 44: or touched on, stressed, recalled a point while speaking ("… ziyaretine de değinen X, …")
    rf"hitap eden|seslenen|söz alan|değinen|dikkat çeken|vurgulayan|hatırlatan))"
    rf"\s+(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}}),\s")


# A lead that quotes a speaker's words which the body quotes again in full (a Turkish spot under the headline:
# 'Ticaret Bakanı Ömer Bolat, "Kardeş Azerbaycan ile …" dedi.' over the body's '"Kardeş Azerbaycan ile … . Tercihli
# …" ifadelerini kullandı'): one statement, the fuller quote's
def _drop_repeats(found: list[Found]) -> list[Found]:
    """`found` without a speaker's quote whose words another quote of the same speaker holds (the longer kept; of
    two alike, the first)."""
    said = [(f, f" {' '.join(_WORD.findall(f.text.casefold()))} ") for f in found if f.speaker is not None]
    if len(said) < 2:
        return found
    dropped = set()
    for i, (quote, words) in enumerate(said):
        if any(j != i and j not in dropped and other.speaker.name == quote.speaker.name and words in other_words
               and (len(other_words) > len(words) or j < i) for j, (other, other_words) in enumerate(said)):
            dropped.add(i)
    return found if not dropped else [f for f in found if not any(f is said[i][0] for i in dropped)]


# Turkish opens a sentence with its subject and a comma ("Bolat, Ekonomi Bakanı Mikayil Cabbarov ile görüşmesinde
# … değindi:"): a name alone before the comma is the subject, not an opening phrase ("Opening the meeting, X said")
# before the one SUBJECT reads (who is then Cabbarov, named in another case); the sentence's subject is unclear to
# SUBJECT when the two are different people ("Mr Aliyev, Azerbaijan's president since 2003, was …" is one)
_NAME_OPENING = re.compile(rf"[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,3}},\s+$")


def _name_opening(opening: str, resolver: Resolver) -> Person | None:
    """The person a name alone before the subject's comma is ("Bolat, "), else None (round 31: not a preposition's
    object, "Unlike Aliyev, Tokayev avoided …": _EN_PHRASE_OPENERS)."""
    if opening.split(None, 1)[0].lower() in _EN_PHRASE_OPENERS:
        return None
    return resolver.resolve(opening.rstrip(" ,"), speaking=False) if _NAME_OPENING.fullmatch(opening) else None


# The attribution as a sentence of its own after the quote, "about this": Russian '«…». Об этом заявил президент
# Казахстана Касым-Жомарт Токаев на встрече с журналистами.', Azerbaijani '"…" Bu barədə Report-a açıqlamasında
# iqtisadçı ekspert Elnur Məmmədli deyib.' (also "Об этом сообщил/рассказал …", "Bu barədə … bildirib/məlumat
# verib"): the one person that sentence names (in the nominative), nobody when it names two
# (round 16: after a dash in lower case too, "«…», — об этом заявил X")
RU_ABOUT_THIS = re.compile(rf"^\s*[.!?]?\s*(?:,?\s*[-–—]\s*об|Об)\s+этом\s+[^.;!?«»“”\"]{{0,40}}?(?:{RU_VERBS})\s"
                           # (round 24: a body's short name in marks in the title, "председатель правления АО «КТЖ» X Y")
                           rf"(?P<rest>(?:[^.;!?«»“”\"]|«[^«».;!?]{{1,30}}»){{1,150}}?)"
                           r"(?=\s+(?:после|на|в|во|с|со|перед|по|для|у|при)\s|\s*[.;,]|\s*$)")  # the speaker before
# a preposition: "… заявил Токаев после встречи с Ильхамом Алиевым" is Tokayev (the one after "с" no speaker)
AZ_ABOUT_THIS = re.compile(rf"^\s*[.!?]?\s*Bu\s+barədə\s+(?P<rest>[^.;!?«»“”\"]{{1,150}}?)\s+(?:{AZ_VERBS}|məlumat verib)"
                           r"\s*(?:[.;]|$)")
# Round 18b: "these words"/"this" as the object of the sentence after the quote, or after its dash ('“…”, - bu sözləri
# Azərbaycan Dəmir Yollarının sədri X Y deyib.', "Bunu jurnalistlərə açıqlamasında nazir X Y bildirib.", "bu fikirləri
# … səsləndirib"): the one person that sentence names in the nominative, as after "Bu barədə"
AZ_THESE_WORDS = re.compile(rf"^\s*[.!?]?\s*(?:,?\s*[-–—]\s*)?(?:[Bb]u\s+(?:sözləri|fikirləri|fikri|açıqlamanı)|[Bb]unu)\s+"
                            rf"(?P<rest>[^.;!?«»“”\"]{{1,150}}?)\s+(?:{AZ_VERBS}|səsləndirib)\s*(?:[.;]|$)")


def _about_this(after: str, resolver: Resolver):
    """(speaker, span end) of a quote whose attribution is the "about this" sentence after it, else None."""
    if after.lstrip(" .!?,-–—\n")[:3] not in ("Об ", "об ", "Bu ", "bu ", "Bun", "bun"):  # a cheap gate
        return None
    if m := RU_ABOUT_THIS.match(after):
        person = resolver.resolve(m["rest"], speaking=False) if len(_CYRILLIC_NAME.findall(m["rest"])) <= 1 else None
    elif m := AZ_ABOUT_THIS.match(after) or AZ_THESE_WORDS.match(after):
        person = _one_named(m["rest"], resolver, nominative=True)
    else:
        return None
    return (resolver.resolve(person.name), m.end()) if person is not None else None


def _about_this_next(text: str, end: int, resolver: Resolver):
    """Round 16: the "about this" sentence opening the paragraph after a quote that ends its own ('«…»' / "Об этом
    заявил глава МИД Венгрии на пресс-конференции."; "Bu barədə … bildirib."): (speaker, span end) by _about_this."""
    following = text[end:end + 250]
    if "\n" not in following[:4] or following.lstrip(" .\n")[:3] not in ("Об ", "Bu ", "Bun"):
        return None
    return _about_this(following, resolver)


# Russian "Он отметил: «…»" (he, then the verb and a colon) with nobody who spoke before: the one person the running
# text before names (in the paragraph, else the paragraph before: "В Баку прибыл премьер-министр Казахстана Олжас
# Бектенов.")
RU_PRONOUN_COLON = re.compile(rf"(?:^|[.!?]\s+)(?:Он|Она)\s+(?:также\s+)?(?:{RU_VERBS})\s*:\s*$")


# Round 61 (quotesru61): a verb with no subject after "И" ("«…», — отметил глава Кабмина. И добавил: «…»"), right
# after a quote in the same paragraph: that quote's speaker (who spoke last) goes on
RU_AND_VERB_COLON = re.compile(rf"»[^«»“”\"]{{0,120}}[.!?]\s+(?:И|А)\s+(?:(?:также|затем|потом|ещё|еще)\s+)?"
                               rf"(?:{RU_VERBS})\s*:\s*$")


def _ru_pronoun_colon(text: str, paras, para_start: int, own_before: str, resolver: Resolver) -> Person | None:
    if resolver.last_speaker is not None or not (m := RU_PRONOUN_COLON.search(own_before)):
        return None
    lead = own_before[:m.start()].strip() or _previous_paragraph(text, paras, para_start)
    if _QUOTE_MARK.search(lead) or (person := _ru_one_named(lead, resolver)) is None:
        return None
    return resolver.resolve(person.name)


def _round13_local(text: str, paras, para_start: int, own_before: str, after: str, tail: str, ends_with_colon: bool,
                   resolver: Resolver):
    """(speaker, rule, span end) by one of round 13's Russian/Azerbaijani/Turkish forms, else None."""
    if (found := _bare_title_lead(text, paras, para_start, own_before, after, ends_with_colon, resolver)) is not None:
        return found[0], "subject-colon" if ends_with_colon else "verb-final", found[1]
    if ends_with_colon and (person := _read_also(own_before, after, resolver)) is not None:
        return person, "read-also", 0
    if ends_with_colon and (person := _tr_comma_subject(tail, resolver)) is not None:
        return person, "subject-colon", 0
    if ends_with_colon and "н" in own_before and (person := _ru_pronoun_colon(text, paras, para_start, own_before,
                                                                              resolver)) is not None:
        return person, "said-before-colon", 0
    if ends_with_colon and resolver.last_speaker is not None and ("И " in own_before or "А " in own_before) \
            and RU_AND_VERB_COLON.search(own_before):
        return resolver.resolve("он"), "said-before-colon", 0
    if not ends_with_colon and (found := _about_this(after, resolver)) is not None:
        return found[0], "said-after", found[1]
    if not ends_with_colon and " bu " in after[:80].lower() and (found := _tr_these_words(after, resolver)) is not None:
        return found[0], "said-after", found[1]  # round 32: '"…" Güler bu sözleri törende söyledi.'
    return None


# --- round 14 (English) -------------------------------------------------------------------------------
# "The statement quoted Aliyev as saying: “…”" (_QUOTED_AS_SAYING before a colon)
_QUOTED_AS_SAYING_COLON = re.compile(_QUOTED_AS_SAYING.pattern.replace(
    r"\s+(?:that\s+)?(?P<rest>[^“”\"«»„]*)$", r"(?P<rest>)\s*:\s*$"))
assert _QUOTED_AS_SAYING_COLON.pattern != _QUOTED_AS_SAYING.pattern
# "Aliyev's message to Europe was blunt: “…”" / "The Kazakh leader's answer was simple:": the owner of the words (a
# name or title opening the sentence: "President Aliyev praised Erdoğan's words:" is Erdoğan's words, no owner's)
_POSSESSIVE_WORDS_COLON = re.compile(
    rf"^(?P<spk>(?:[Tt]he\s+)?(?:[{CAPITALS}][\w\-]*\s+){{0,5}}(?:[{CAPITALS}][\w\-]*|leader|president|minister))"
    r"['’]s\s+(?:[a-z]+\s+){0,2}?(?:message|answer|reply|response|verdict|advice|"
    r"warning|argument|conclusion|words|tone|point|pitch|plea)\b[^:“”\"«»„]{0,100}:\s*$")


def _round14_colon(tail: str, resolver: Resolver) -> Person | None:
    """The speaker of a quote after a colon by one of round 14's English forms, else None."""
    sentence = _QUOTE_SENTENCE_BREAK.split(tail.strip())[-1]
    if _en_quoting(sentence) and (m := _QUOTED_AS_SAYING_COLON.search(sentence)):
        return _quoted_as_saying(m, tail[:max(0, len(tail.rstrip()) - len(sentence))], resolver)
    if "s " in sentence and (m := _POSSESSIVE_WORDS_COLON.match(sentence)):  # whomever the rest names ("to Aliyev")
        return resolver.resolve(_speaker_phrase(m["spk"]))
    return None


# "He said the region was “…”" opening a paragraph (a pronoun, a speech verb)
_OPENING_PRONOUN = re.compile(rf"(?:He|She)\s+(?:also\s+)?(?:{VERBS})\b")


def _opening_pronoun(before: str) -> bool:
    return _OPENING_PRONOUN.match(before) is not None or _OPENING_PRONOUN_NAMING.match(before) is not None


# what is left between a split quote's lead and its rest once the lead's attribution is read ('“This road,” Aliyev
# said on Monday, “…”': " on Monday, ")
_LEAD_GAP = re.compile(r"^[^“”\"«»„.!?\n]{0,60},\s*$")


def _split_lead(text: str, pieces: list[tuple[int, int]], outer: tuple[int, int], next_start: int | None) -> bool:
    """'“This road,” Aliyev said, “will change the region …”': is a quote too short to be a statement the lead of one
    its attribution splits (a comma closing it, the attribution ending in a comma, the next quote right after, in the
    same paragraph)? Then it stays, so the rest joins it (`continuation`)."""
    if next_start is None or not text[pieces[-1][0]:pieces[-1][1]].rstrip().endswith(","):
        return False
    gap = text[outer[1]:next_start]
    return "\n" not in gap and (CONTINUATION.match(gap) is not None or _EN_VERB_NAME_GAP.match(gap) is not None)


def _en_lead_said_before(text: str, last: Found, gap: str) -> bool:
    """Round 18b: is the last quote a short lead whose verb-first attribution, its comma included, ends right before
    this quote ('“The corridor,” said X Y, “is …”': AFTER_VERB_SPEAKER's span takes the comma)?"""
    return not gap.strip() and text[last.outer[1] - 1] == "," and _words(last.text) < MIN_WORDS


# Round 18b: the verb first, then the speaker with his title, '“The corridor,” said Uzbek Transport Minister X Y, “is no
# longer a dream.”' (a capital after the verb, or "the": "said the minister,"), as CONTINUATION has the speaker first
_EN_VERB_NAME_GAP = re.compile(rf"^\s*,?\s*(?:{VERBS})\s+(?:the\s+)?[A-Z][^“”\"«»„.!?\n]{{0,80}},\s*$")


def _same_voice_paragraph(text: str, paras, para_start: int, last: Found, words: str, resolver: Resolver) -> bool:
    """'“…,” Aliyev said.' / '“We have waited thirty years for this road.”': does a paragraph that is one whole quote of
    full sentences, with no attribution, follow a paragraph that ends with the last quote's attribution (nothing after
    it but the end of that sentence)? The news convention then is the same speaker going on."""
    if not words.endswith((".", "!", "?", "…")) or not words[:1].isupper():
        return False
    index = next((i for i, (a, _) in enumerate(paras) if a == para_start), 0)
    if index == 0:
        return False
    a, b = paras[index - 1]
    # (round 16b: the last quote may open paragraphs before, a long quote whose attribution is in the paragraph
    # before this one: “… now.¶“We have cut …,” the Kazakh leader said.¶“Next year …”)
    return a < last.outer[1] <= b and _attribution_ended(text[last.outer[1]:b], resolver, True)


# Round 20: a Russian "as X said" whose speaker's title names its body in quote marks ("Как заявил председатель
# правления АО «КТЖ» X Y, «…»", "Как отметил директор компании «Агро Трейд» X Y, «…»"): AS_SAID's speaker holds no
# quote mark, so the short term is blanked (same length) for the match and left out of the name (_after_last_term)
def _ru_as_said_past_term(tail: str, resolver: Resolver) -> Person | None:
    if "ак " not in tail:  # a cheap gate: "Как"/"как" opens the clause
        return None
    blanked = _SHORT_QUOTED.sub(lambda t: f" {t[1]} " if _words(t[1]) < MIN_WORDS else t[0], tail)
    if not (m := _RU_AS_SAID_PAST_TERM.search(blanked)) or "«" not in (phrase := tail[m.start("spk"):m.end("spk")]):
        return None
    return resolver.resolve(speaker) if (speaker := _after_last_term(phrase)) else None


# (AS_SAID's speaker of up to 60 characters is too short for a title with its body's name: "председатель правления
# АО «Казахстан темир жолы» X Y")
_RU_AS_SAID_PAST_TERM = re.compile(rf"(?:^|[\s(])[Кк]ак\s+(?:{RU_VERBS})\s+(?P<spk>[^,.;:!?«»“”\"]{{1,140}}?)\s*,\s*$")


def _as_said_speaker(m: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    """Round 16: the speaker of "As X put it, “…”"; a surname alone is the person named in full before, as after a
    quote ("Farrukh Irnazarov, an economist, … . As Irnazarov put it: “…”")."""
    if m["spk3"]:  # "In Karimova's words:" is Karimova
        phrase = _POSSESSIVE.sub("", m["spk3"]).rstrip("'’")
        return resolver.resolve(phrase) or _surname_named_before(phrase, earlier, resolver)
    phrase = _speaker_phrase(m["spk"] or m["spk2"])
    return resolver.resolve(phrase) or (_surname_named_before(phrase, earlier, resolver) if m["spk"] else None)


# --- round 16 (English) -------------------------------------------------------------------------------
# A transcript label with the speaker's title opening a paragraph, as TV and agency transcripts print them:
# "Marat Karabayev, Minister of Transport of Kazakhstan:", "Kazakh Minister of Transport Marat Karabayev:",
# "Aida Karimova, an analyst at a Baku think tank:"; the words follow on its line (a line break is one space once
# the text is tidied, often a dash: "…: – Last year …") or fill the next paragraph. A label has a title word and no
# speech word (a sentence "X, the minister, said:" is BEFORE_COLON's), and its name, and any part before it, is
# capitalised words (with of/the/and/for), so "Present at the talks were …:" is no label.
TITLED_LABEL = re.compile(r"^(?P<label>[A-Z][^:\n“”\"«»„.;!?]{3,120}?)\s*:(?:\s*(?P<q>\S.*))?$", re.S)
_LABEL_TITLE = re.compile(rf"\b(?:{_LOWER_TITLES}|prime minister|deputy|secretary|representative)\b", re.I)
_TITLE_LIKE = re.compile(rf"(?:[{CAPITALS}][\w'’\-]*|of|the|and|for)(?:\s+(?:[{CAPITALS}][\w'’\-]*|of|the|and|for))*")
_LEADING_DASH = re.compile(r"^[-–—]\s*")


def _titled_label(label: str, resolver: Resolver) -> Person | None:
    """The person of a titled label (not yet the last speaker): its first comma-separated part that names someone, all parts before it
    capitalised titles and all after it appositives ("Marat Karabayev, Minister of …" -> Marat Karabayev; "Minister of …, Marat Karabayev"
    -> the part after the comma)."""
    if not _LABEL_TITLE.search(label) or _SPEECH_WORD.search(label) or len(label.split()) > 14:
        return None
    parts = [part.strip() for part in label.split(",")]
    for k, part in enumerate(parts):
        if not _TITLE_LIKE.fullmatch(part):
            return None
        if len(part.split()) >= 2 and (person := resolver.resolve(part, speaking=False)) \
                and not _LABEL_TITLE.search(person.name):
            return person if all(map(_appositive_part, parts[k + 1:])) else None
    return None


_APPOSITIVE_START = re.compile(rf"(?:an?|the|[{CAPITALS}][\w'’\-]*|{_LOWER_TITLES})\b")


def _appositive_part(part: str) -> bool:
    """Is a part after the label's name an appositive ("an analyst at …", "Minister of …"), not a clause ("has
    one worry", "who heads …")?"""
    return bool(_APPOSITIVE_START.match(part)) and not _RELATIVE.search(part)


def _titled_label_paragraph(text: str, a: int, b: int, resolver: Resolver) -> Found | Person | None:
    """A paragraph that opens with a titled label: the quote after it, or the Person, for the next paragraph,
    when the label is all of it."""
    body = text[a:b].strip()
    if not (m := TITLED_LABEL.match(body)) or (person := _titled_label(m["label"], resolver)) is None:
        return None
    if m["q"] is None:
        return person  # the next paragraph's speaker, made the last speaker there
    q = _LEADING_DASH.sub("", m["q"])
    words = _clean(q)
    if _words(words) < MIN_WORDS or _QUOTE_MARK.search(q):
        return None
    start = a + len(text[a:b]) - len(text[a:b].lstrip()) + m.end("q") - len(q)
    resolver.last_speaker = person
    return Found([(start, b)], (a, b), words, person, "transcript")


# Round 77 (xthread77): a post on X (Twitter) transcribed under its account's header, '@handle (Name, title), 14 May:
# “…”' (dev/1210): the words are the person the brackets name; a later post of the same account carries the handle
# alone ('@handle, 14 May, in the evening: “…”') and is the person its first header named. An account whose brackets
# name a body, not a person ('@MFA_Uzbekistan (Ministry of Foreign Affairs of Uzbekistan)'), speaks for no one.
_POST_HEADER = re.compile(r"^@(?P<handle>\w{2,30})\s*(?:\((?P<owner>[^()“”\"«»@:\n]{3,160})\))?"
                          r"(?:\s*,[^:“”\"«»@\n]{0,80})?\s*:\s*$")


def _post_owner(owner: str, resolver: Resolver) -> Person | None:
    """The person an account header's brackets name: a titled label ("Name, Minister of …"), or its first
    comma-separated part when that is a name the resolver knows or reads as one ("Name, economist, City")."""
    if (person := _titled_label(owner, resolver)) is not None:
        return person
    name = owner.split(",", 1)[0].strip()
    if not _TITLE_LIKE.fullmatch(name) or not 2 <= len(name.split()) <= 4:
        return None
    person = resolver.resolve(name, speaking=False)
    return person if person is not None and not _LABEL_TITLE.search(person.name) else None


def _post_header_speaker(own_before: str, earlier: str, resolver: Resolver) -> tuple[bool, Person | None]:
    """(is the paragraph a post under its account's header, the person posting): the header's own brackets, or
    for a handle alone the brackets of the same handle's first header earlier in the article."""
    if not (m := _POST_HEADER.match(own_before.strip())):
        return False, None
    if m["owner"] is not None:
        return True, _post_owner(m["owner"], resolver)
    first = earlier.find(f"@{m['handle']} (")
    if first < 0 or (first and earlier[first - 1] not in "\n"):
        return True, None
    line = earlier[first:earlier.find("\n", first) if "\n" in earlier[first:] else len(earlier)]
    named = _POST_HEADER.match(line[:line.find(":") + 1]) if ":" in line else None
    return True, _post_owner(named["owner"], resolver) if named and named["owner"] else None


# Round 16: a first verb whose object names someone, then "and said" and a bare clause the partial quote ends
# ("Orban, one of the few EU leaders to attend, met Erdogan on the sidelines and said he expected trade … to reach
# $6bn “in the coming years”"): the object is no speaker; only the reported clause must name nobody. Also "and told
# reporters (that)", "and predicted", "and expressed hope that".
_AND_SAID_MORE = re.compile(rf"{_AND_SAID.pattern}|\s+and\s+(?:also\s+)?(?:told\s+[\w ]{{1,30}}?|predicted|argued|"
                            r"warned|(?:expressed|voiced)\s+(?:hope|confidence))\s+(?:that\s+)?")


def _and_said_after_object(rest: str, resolver: Resolver) -> bool | None:
    """For a sentence's rest after its subject's verb that holds "and said": True when the partial quote ending it
    is the subject's (no speech word, quote mark or relative clause before "and said", none and nobody named in
    the clause after it), False when the clause names someone; None when the form is not there."""
    if not (said := _AND_SAID_MORE.search(rest)):
        return None
    first, clause = rest[:said.start()], _unquote_terms(rest[said.end():])
    if _SPEECH_WORD.search(first) or _QUOTE_MARK.search(first) or _RELATIVE.search(first) \
            or _SPEECH_WORD.search(clause):
        return None
    return _plain_object(clause, resolver)


def _surname_speaker(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of an attribution's phrase; a surname alone no rule resolves is the person named in full with
    it before (round 13), and (round 16) a holder's surname alone is the unlisted namesake the article named in
    full last, when that is not the holder ("Economist Elnur Mammadov …" / '“…,” Mammadov said' is not former
    Prime Minister Novruz Mammadov; "Mrs Karimova said")."""
    if _joint(phrase, resolver) or (" " in phrase and _PLURAL_TITLE.search(phrase)):
        return None  # round 16b: "Aliyev and Erdogan said: “…”", "The Azerbaijani and Kazakh leaders said:" no one's
    person = resolver.resolve(phrase, speaking=False)  # asked first: resolving it makes the holder one named
    if person is None:
        return _surname_named_before(phrase, earlier, resolver)
    if person.rule == "name" and _SURNAME_ALONE.fullmatch(word := phrase.strip()) and (names := full_names(earlier, word)) \
            and (other := resolver.resolve(names[-1][0], speaking=False)) is not None \
            and other.rule == "unlisted name" and other.name != person.name:
        return resolver.resolve(names[-1][0])
    return resolver.resolve(phrase)


# Round 16b: a plural title in lower case heads a speaker phrase of several people ("The foreign ministers of Azerbaijan
# and Hungary said:", "The Azerbaijani and Kazakh leaders told reporters:"); a capitalised body holding one
# ("Chairman of the Cabinet of Ministers Akylbek Japarov") is no plural
_PLURAL_TITLE = re.compile(r"\b(?:ministers|leaders|presidents|premiers|heads|officials|diplomats|envoys|ambassadors|"
                           r"spokesmen|spokespeople|delegations|sides|parties)\b")


_SCENE_INITIALS = frozenset(word[0] for word in ("In", "At", "During", "After", "On", "Speaking", "Addressing",
                                                  "Writing", "Asked", "Earlier", "Later", "Meanwhile", "Previously"))


def _scene_then_pronoun(before: str) -> bool:
    """Round 16: does a paragraph open with a scene-setting phrase, then "he"/"she" and a speech verb ("Asked about
    the pipeline, he replied:", "Speaking to reporters, she said that …")?"""
    if (m := _SCENE_OPENING.match(before)) is None:
        return False
    rest = before[m.end():]
    return _opening_pronoun(rest[:1].upper() + rest[1:])  # "he replied" read as a paragraph's "He replied"


# Round 69 (khujand69): the rules of a quote its speaker's colon opened ("X открыл его словами: „…“", "X ответил так:
# «…»"), whose speaker "— и продолжил: „…“" after it goes on with (_ADDING_COLON)
_COLON_OPENED = frozenset(("subject-colon", "said-before-colon"))


# Round 16: the attribution of a quote goes on to the next one: '“…,” he said, before adding: “…”' (", adding:",
# "and added:", "then went on:")
# (round 69, khujand69: a dash after the comma, Russian '„…“, — и продолжил: „…“', dev/1111)
_ADDING_COLON = re.compile(r"\s*,?\s*(?:[—–]\s*)?(?:and\s+|before\s+|then\s+)?(?:also\s+)?(?:adding|added|continuing|"
                           r"continued|going\s+on|went\s+on"
                           # round 56 (quotesru56): Russian "«…», — сказал министр, добавив: «…»", "и добавил:"
                           r"|(?:и\s+)?(?:добавив|добавил|добавила|продолжил|продолжила))\s*:\s*$")


# Round 16: a subordinate clause opening a sentence has its own subject, not the sentence's: "As Aliyev arrived, the
# crowd chanted: “…”", "When Aliyev met the press, a reporter asked: “…”"
_SUBORDINATORS = frozenset({"As", "When", "While", "Whereas", "Although", "Though", "Because", "If", "Since", "Until",
                            "Once", "Before", "After", "Whether", "Unless"})
_SUBORDINATOR_INITIALS = frozenset(word[0] for word in _SUBORDINATORS)


# (a coordinated clause's own subject may be a title: ", and the Kazakh leader said …")
# (round 43, second wave: or the Russian contrastive "а" (while), "X назвал Y «…», а Z назвал W «…»", its subject a name
# or a lower-case title, "а аналитик X Y назвал …"; _subject must still find one there)
# (round 44, English quotes: the clause may end in its subject's own "when"/"as" clause of speech, ", and the Kazakh
# leader returned to it in May, when he said the route should become “…”", _EN_WHEN_HE_SAID)
_COORDINATED_CLAUSE_SUBJECT = re.compile(r"(?:,|;)\s+(?:(?:and|but|while|whereas)\s+"
                                         r"(?=(?:[A-Z]|the\s)[^,;]*(?:,\s+(?:when|as)\s+(?:he|she)\s[^,;]*)?$)"
                                         r"|а\s+(?=[А-ЯЁа-яё][^,;«»]*$)"
                                         # round 45: a clause after a semicolon with a capitalised subject of its own,
                                         # no conjunction ("X thinks it is “…”; Y calls it “…”")
                                         r"|(?<=;\s)(?=[A-Z][^,;]*$))")


# Round 45: a clause after a semicolon whose own lower-case subject (no pronoun of the first subject) says or names the
# quote: "…; analysts call it “…”", "…; critics say the plan is “…”"
_EN_OTHERS_CLAUSE_AFTER_SEMICOLON = re.compile(
    r";\s+(?!(?:he|she|it|they|this|that)\s)(?:[a-z][\w\-]*\s+){1,3}?(?:says?|said|calls?|called|describes?|described|"
    r"sees?|saw|argues?|argued|warns?|warned|believes?|believed)\b[^;“”\"«»„]*$")


def _own_clause_subject(own: str, earlier: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    """The subject of a coordinated clause read as its own sentence (round 16), as the sentence's first subject is read:
    (round 45) a surname alone the article named in full before, over the table's namesake ("…; Saparov calls it “…”",
    "…, but Mammadov says …" after "Anar Mammadov")."""
    found = _subject(own, resolver) or (_RU_TITLED_SUBJECT.match(own) and _ru_titled_subject(own, resolver)) or None
    if (found is None or (found[0].rule == "name" and _en_surname_names_another(found, earlier))) and earlier \
            and own[:1].isupper() and _surname_subject_named_before(own, earlier, resolver):
        found = _subject(own, resolver)
    return found


def _clause_as_sentence(clause: str) -> str:
    """Round 43, second wave: a Russian coordinated clause opening with a lower-case title ("а аналитик X Y назвал …")
    read as the sentence it would be, capitalised ("Аналитик X Y назвал …"), as the subject rules read one."""
    return clause[0].upper() + clause[1:] if "а" <= clause[:1] <= "я" else clause


# --- round 16 (Turkish, Azerbaijani): speech reported in the passive, its speaker in the genitive -------------------
# 'Görüşmede Aliyev'in, Türkiye ile ilişkilerin "…" olduğunu söylediği aktarıldı.' (it was reported that Aliyev said),
# '… "…" olduğunu vurguladığı bildirildi', '… "…" dediği hatırlatıldı' (it was recalled), Azerbaijani 'Tokayevin …
# "…" olduğunu dediyi bildirilib': the one person the sentence names in the genitive (the subject of the nominalised
# verb) said the words
REPORTED_AFTER = re.compile(
    r"^\s*,?\s*(?:\w+(?:ğunu|ğünü|ğını|ğini|diyini|dığını|düyünü|duğunu)\s+)?"
    r"(?:söylediği|belirttiği|vurguladığı|ifade ettiği|kaydettiği|dile getirdiği|dediği|açıkladığı|"
    r"dediyi|bildirdiyi|vurğuladığı|qeyd etdiyi|söylədiyi)\s+"
    r"(?:aktarıldı|bildirildi|belirtildi|kaydedildi|öğrenildi|ifade edildi|açıklandı|hatırlatıldı|vurgulandı|"
    r"bildirilib|qeyd olunub|vurğulanıb|xəbər verilib)\s*[.!]")
_GENITIVE_NAME = re.compile(rf"(?P<name>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}})"
                            r"(?:['’]n?[ıiuü]n|(?<=[oe]v)(?:un|in)|(?<=[oe]va)(?:nın|nin))(?![\w'’])")


def _genitive_subject(before: str, resolver: Resolver) -> Person | None:
    """The one person the quote's sentence names in the genitive (Turkish after an apostrophe, Azerbaijani an -ov/-ev
    surname's ending), when the sentence holds no other quote; else None."""
    sentence = _SENTENCE_BREAK.split(before)[-1] if before.strip() else ""
    if not sentence.strip() or sentence.rstrip()[-1:] in ".!?…:" or _QUOTE_MARK.search(sentence):
        return None
    named = {p.name: p for m in _GENITIVE_NAME.finditer(sentence)
             if (p := resolver.resolve(_OPENING_LOCATIVE.sub("", az_nominative(m[0]) if "'" not in m[0]
                                                             and "’" not in m[0] else m["name"]),
                                       speaking=False)) is not None and p.rule != "anaphor"}
    return resolver.resolve(next(iter(named))) if len(named) == 1 else None


# a sentence's capitalised first word in the locative before the name ("Görüşmede Tokayev'in", "Görüşdə …") is no
# given name of his
_OPENING_LOCATIVE = re.compile(r"^\w+(?:de|da|te|ta|də|tə)\s+(?=\S)")


# --- round 16 (Russian): the words of someone a source passes on -------------------------------------------------
# "«…», — приводит слова Алиева пресс-служба президента." (the press service gives Aliyev's words), "— цитирует главу
# МИД Венгрии агентство АПА", "— приводит его слова РИА Новости": the one in the genitive (accusative) after "слова"
# or "цитирует" said them, not the source after him (a body, an outlet in capitals, Latin letters or quote marks)
_RU_SOURCE = (r"(?:пресс-служб\w*|пресс-центр\w*|агентств\w*|информагентств\w*|издани\w*|газет\w*|телеканал\w*|портал\w*|сайт\w*|"
              r"канал\w*|ведомств\w*|министерств\w*|[«\"A-Z]|(?!МИД\b)[А-ЯЁ]{2,})")
# round 31: adjectives before the source, "— приводит слова X туркменское государственное информагентство TDH"
_RU_SOURCE_ADJECTIVES = r"(?:[а-яё]+(?:ое|ая|ий|ый|ые|ой|ее|яя)\s+){0,3}"
RU_QUOTED_WORDS = re.compile(
    r"^\s*[,.!?]?\s*[-–—]\s*(?:(?:приводит|привел|привела|приводят|привели)\s+(?:(?P<own>его|её|ее)\s+слова\b|"
    r"(?:слова|высказывание)\s+)|(?:цитирует|цитируют|процитировал[аио]?)\s+(?:(?P<own2>его|её|ее)\b)?)"
    r"(?:[\w\-]+\.[a-z]{2,6}\s+)?"  # round 20: the outlet's web name, "— цитирует Kun.uz слова X" (its dot no end)
    rf"(?P<spk>(?:{_RU_INITIAL_DOT}|[^.;:!?«»“”\"]){{0,100}}?)(?=\s+{_RU_SOURCE_ADJECTIVES}{_RU_SOURCE}|\s*[.,;]|\s*$)")  # (19b: "Т.")
_RU_OWN_WORDS = {"его": "он", "её": "она", "ее": "она"}
_RU_ACCUSATIVE_HEAD = re.compile(r"^(\w+[бвгджзклмнпрстфхцчшщ])у\b")  # "главу МИД …" is "глава МИД …"


def _ru_quoted_words(after: str, resolver: Resolver):
    """(speaker, span end) of a quote whose attribution names a source that passes on someone's words, else None."""
    if not (m := RU_QUOTED_WORDS.match(after)):
        return None
    own = m["own"] or m["own2"]
    if own and m["spk"].strip():
        return None  # "его" followed by more words than the source: not "his words"
    phrase = _RU_OWN_WORDS[own] if own else _RU_ACCUSATIVE_HEAD.sub(r"\1а", ru_genitive_phrase(m["spk"].strip()))
    person = resolver.resolve(phrase) if phrase else None
    return (person, m.end()) if person is not None else None


# --- round 17 (Russian): a chain of titles between the verb and the name -----------------------------------------
# "«…», — пояснил политолог, эксперт Института стран Центральной Азии Тимур Ахметжанов." / "— считает экономист,
# ведущий научный сотрудник … Иван Петров": after the verb, parts set off by commas that each open with a title or
# occupation (up to two lower-case words before it: "ведущий научный сотрудник"), the last ending in the full name
# that ends the sentence. AFTER_VERB_SPEAKER_RU stops at the first comma ("политолог"), and the whole phrase would
# read the genitives of a body ("Центральной Азии") as a name: only the name at the end is the speaker.
_RU_CHAIN_TITLES = (r"министр|вице-премьер|премьер-министр|посол|председатель|замминистра|глава|советник|директор|"
                    r"руководитель|эксперт|экономист|аналитик|политолог|специалист|профессор|доцент|сотрудник|"
                    r"исследователь|историк|востоковед|тюрколог|социолог|юрист|аким|хоким|спикер|депутат|"
                    r"представитель|заместитель|заведующий|заведующая|декан|ректор|основатель|партнер|партнёр|"
                    r"президент|вице-президент|председательница|член|кандидат|доктор|преподаватель|дипломат|"
                    r"обозреватель|журналист|редактор|генсек|генеральный\s+секретарь")
RU_VERB_TITLE_CHAIN = re.compile(rf"^\s*,?\s*[-–—]\s*(?:{RU_VERBS})\s+(?P<chain>[а-яё][^.;:!?«»“”\"]{{0,160}}?)\s+"
                                 r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
                                 r"\s*(?:[.;]|$)")
_RU_CHAIN_PART = re.compile(rf"(?:[а-яё\-]+\s+){{0,2}}?(?:{_RU_CHAIN_TITLES})(?![\w\-])")
# a surname or given name in a case other than the nominative (the object of a gerund or a preposition in the
# chain: "— сказал министр, поблагодарив Тимура Ахметжанова", "обращаясь к Ивану Петрову"), or a body's genitive
# ("… преподаватель Высшей Школы Экономики": a given name ends in no "-ы")
_RU_OBLIQUE_NAME = re.compile(r"(?:ым|ом|ой|ого|ому|ему|ову|еву|ину|ых|ии)$")


def _ru_title_chain(after: str, resolver: Resolver):
    """(speaker, span end) of a Russian quote attributed to a chain of titles ending in a full name, else None."""
    if not (m := RU_VERB_TITLE_CHAIN.match(after)) or "," not in m["chain"]:
        return None  # no comma: AFTER_VERB_SPEAKER_RU reads "политолог Тимур Ахметжанов" itself
    if not all(_RU_CHAIN_PART.match(part) for part in m["chain"].split(", ")):
        return None
    given, surname = m["name"].split()
    if _RU_OBLIQUE_NAME.search(surname) or _RU_OBLIQUE_NAME.search(given) or given.endswith(("у", "ю", "ы")) \
            or places.is_place_word(given) or places.is_place_word(surname):
        return None
    person = resolver.resolve(m["name"])
    return (person, m.end()) if person is not None else None


# --- round 17 (Turkish, Azerbaijani): a partial quote inside the reported clause, words of the clause after it -------
# 'Bolat, müzakerelerin "bu yıl içinde tamamlanmasını" beklediklerini söyledi.' / 'Kudratov ise Türk şirketlerinin
# "en güvenilir yatırımcılar arasında" yer aldığını belirterek, "…" ifadelerini kullandı.': up to two lower-case
# words of the clause after the quote, its nominalised verb (-DIğInI, -DIklArInI, -AcAğInI, -AcAklArInI; Azerbaijani
# -dığını/-diyini, -acağını/-əcəyini), then a verb of saying, finite or the gerund "-erek" ("belirterek" … its own
# quote after). The sentence's subject said it, as verb-final gives it; not when the nominalised verb is itself one
# of saying ('Erdoğan, Aliyev'in "…" dediğini hatırlattı': Aliyev's words), which _TR_SAID_NOMINAL keeps out.
_TR_NOMINALISED = (r"[a-zçğıöşüə]+(?:ğunu|ğünü|ğını|ğini|yini|yını|dıklarını|diklerini|duklarını|düklerini|"
                   r"tıklarını|tiklerini|tuklarını|tüklerini|acaklarını|eceklerini|dıqlarını|diklərini|acaqlarını|"
                   r"əcəklərini)")
# (round 41, Turkish quotes: up to four words, a proper noun among them, '… "…" Türkiye'den teknik destek beklediklerini
# dile getirdi', '… "…" hedefine Türk yatırımcılarla birlikte ulaşabileceğini söyledi'; round 44: up to six, '… "…"
# Dışişleri Bakanlığı bünyesinde bir takip mekanizması kurulduğunu söyledi'; a name in the marks, every word
# capitalised, '"Türk Dünyası 2040 Vizyonu" çerçevesinde …', is a programme's, no partial quote: the caller's
# _title_case)
_TR_CLAUSE_WORD = rf"(?:[a-zçğıöşüə]+|[{CAPITALS}][a-zçğıöşüə]+(?:['’][a-zçğıöşüə]+)?)\s+"
TR_CLAUSE_AFTER = re.compile(
    rf"^\s*(?P<words>(?:{_TR_CLAUSE_WORD}){{0,6}}?)(?P<verb>{_TR_NOMINALISED})\s+(?:(?:de|da|də)\s+)?"
    r"(?:söyledi|belirtti|vurguladı|kaydetti|ifade etti|dile getirdi|açıkladı|bildirdi|ekledi|hatırlattı|"
    r"belirterek|vurgulayarak|kaydederek|söyleyerek|ifade ederek|dile getirerek|hatırlatarak|ekleyerek|"
    r"bildirib|vurğulayıb|qeyd edib|deyib|söyləyib|əlavə edib|bildirərək|vurğulayaraq|qeyd edərək"
    # round 30: '… "…" ihtiyaç duyduğunu sözlerine ekledi' (added to his words), the papers' verb for an expert's last point
    r"|sözlerine ekledi|sözlerini sürdürdü"
    # round 70 (history70): an expert's view in an analysis's present tense ('Karacan, ilk yılların "…" anlamına
    # geldiğini söylüyor', dev/1125), as BARE_VERB_AFTER has it right after the marks
    r"|söylüyor|belirtiyor|vurguluyor|kaydediyor|ifade ediyor|dile getiriyor|hatırlatıyor|ekliyor)(?![\w])")
# (round 56, quotes, other: "değerlendirmişti", had assessed, is no "de-" of saying: '… "…" olarak değerlendirmişti'
# is the subject's)
_TR_SAID_NOMINAL = re.compile(r"^(?:de(?!ğerlendir)|di|söyle|belirt|ifade|vurgula|kaydet|açıkla|bildir|ekle|söylə|"
                              r"vurğula|qeyd|konuş|yaz|danış)")
# words before it that mark the quote as the way someone else put it ('… "…" şeklinde konuştuğunu söyledi', "diye")
_TR_SAID_WORDS = re.compile(r"\b(?:şeklinde|diye|deyə)\b")


# the subject opening the sentence: capitalised words (an Azerbaijani title in lower case may join two runs,
# "İqtisadiyyat naziri Mikayıl Cabbarov"), then a comma, a topic particle ("Kudratov ise", "Nazir isə", "Bakan da")
# or the clause's first lower-case word ("Mikayıl Cabbarov Türkiyə ilə …")
# (round 26: up to eight words, a business council's or company's title before the name, "DEİK Türkiye-Macaristan İş
# Konseyi Başkanı X Y, …", as TR_SAYING reads since round 19)
_CAPITAL_RUN = rf"[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,7}}"
# Round 59 (quotesaztr59): a body's abbreviation in brackets inside the subject's title ("Türkiye İhracatçılar Meclisi
# (TİM) Başkan Vekili X Y, …"): left out, so the capitalised run reads on to the name
_BODY_ABBREVIATION = re.compile(rf"(?<=\w)\s+\([{CAPITALS}][{CAPITALS}\w\-]{{1,9}}\)(?=\s+[{CAPITALS}])")
# Round 76 (tracks76): a committee report's speaker introduced in brackets with the party title and the province at the
# sentence's start, '(MHP Milletvekili X Y, Osmaniye) ise … "…" … gerektiğini söyledi.' (dev/1200): the bracket's
# title and name are the subject, the province after its comma dropped, so the opening run reads on to the particle
_BRACKETED_DEPUTY_OPENING = re.compile(rf"^\((?P<spk>{_CAPITAL_RUN}),\s+[{CAPITALS}][\w\-]*"
                                      rf"(?:\s+[{CAPITALS}][\w\-]*)?\)(?=\s+[a-zçğıöşüə])")
_TR_OPENING_RUN = re.compile(rf"^(?P<spk>{_CAPITAL_RUN}(?:\s+(?P<title>naziri|nazirinin müavini|sədri|səfiri|rəhbəri|"
                             rf"müavini|sözçüsü|nümayəndəsi)\s+{_CAPITAL_RUN})?)(?:,\s|\s+(?=[a-zçğıöşüə]))")


def _tr_clause_partial(before: str, after: str, resolver: Resolver, earlier: str = ""):
    """(speaker, span end) of a Turkish or Azerbaijani partial quote that the reported clause goes on after, else
    None: the subject opening the quote's sentence (or after a participle of speaking, _TR_SPEAKING_SUBJECT), an
    office holder, someone named before or a titled name (round 41: or a bare local title, "Akim, …", the one
    `earlier` named last with it); the sentence holds no other quote and names no one else in the nominative."""
    if not (m := TR_CLAUSE_AFTER.match(after) or TR_DESCRIBED_AS_AFTER.match(after)) \
            or _TR_SAID_NOMINAL.match(m["verb"]) or _TR_SAID_WORDS.search(m["words"]):
        return None
    sentence = _SENTENCE_BREAK.split(before)[-1].lstrip() if before.strip() else ""
    if not sentence or sentence.rstrip()[-1:] in ".!?…:" or _QUOTE_MARK.search(sentence):
        return None
    if "(" in sentence[:80]:  # round 59 (quotesaztr59): "Türkiye İhracatçılar Meclisi (TİM) Başkan Vekili X Y, …"
        sentence = _BODY_ABBREVIATION.sub("", sentence, 1)
    if sentence[:1] == "(" and (b := _BRACKETED_DEPUTY_OPENING.match(sentence)):
        sentence = b["spk"] + sentence[b.end():]  # round 76 (tracks76): '(Milletvekili X Y, İl) ise …'
    if not (s := _TR_SPEAKING_SUBJECT.match(sentence) or _TR_OPENING_RUN.match(sentence)):
        return None
    phrase = _OPENING_LOCATIVE.sub("", s["spk"])  # "Toplantıda Bolat …" is Bolat
    if " ad" in sentence and names_a_namesake(sentence[s.start("spk"):s.end("spk") + 8]):
        return None  # round 73 (history73): "Nazir Heydər Əliyev adına parkın …" names a park, now the table knows him
    if (phrase == "Konuk" or phrase.startswith("Konuk ")) and earlier \
            and (guest := _guest_named_before(earlier, resolver, "tr")) is not None \
            and _others_oblique(sentence[s.end("spk"):], guest, resolver):
        return guest, m.end()  # round 69 (tr69): 'Konuk Meclis Başkanı da … "…" … söyledi' (the delegation's head)
    person = resolver.resolve(phrase, speaking=False)
    if person is None and phrase.lower() in _TR_OCCUPATION_OPENERS and (person := _one_named_with_occupation(resolver)):
        phrase = person.name  # round 30: 'Uzman, … "…" … duyduğunu söyledi.' is the one expert the article named
    titled = "title" in s.groupdict() and s["title"] is not None  # a lower-case title joined the runs
    # (round 57: or when the bare title reads as the last speaker, an anaphor, whom a title before him gave a role)
    if (person is None or person.rule == "anaphor") and phrase in _TR_TITLED_NAMED and s[0].rstrip().endswith(",") \
            and (name := _tr_named_last_with_title(phrase, earlier)):
        phrase, person, titled = name, resolver.resolve(name, speaking=False), True  # round 41: 'Akim, X'in "…" …'
    if person is not None and person.rule == "anaphor" and phrase.lower() in _MINISTER_TITLES + _PRESIDENT_TITLES \
            and _title_fits(phrase, person):
        person = person._replace(rule="name")  # a bare "Bakan"/"Nazir" is the minister who spoke last
    titled = titled or (s[0].rstrip().endswith(",") and phrase.split(None, 1)[0].lower() in _TR_OCCUPATION_OPENERS)
    if person is None or person.rule == "anaphor" \
            or not (titled or _titled_or_known(person)
                    or (s[0].rstrip().endswith(",") and _named_with_occupation(person, resolver))
                    or (s[0].rstrip().endswith(",") and _surname_of_one_named_before(phrase, person))) \
            or not _others_oblique(sentence[s.end("spk"):], person, resolver):
        return None
    return resolver.resolve(phrase), m.end()


# Round 17: a Turkish, Azerbaijani or Russian sentence that opens with two people joined ('Bolat ve Şakkaliyev,
# ticaretin "…" açıkladı', "Bolat ile Şakkaliyev", "Cabbarov və Bolat", "Алиев и Токаев"): their joint words are
# neither's alone, as English "Aliyev and Tokayev said" (_joint)
# (round 24: academic titles before either name, "Prof. Dr. Emre Tan ile Doç. Dr. Ayla Su, …", _ACADEMIC_TITLES)
_ACADEMIC_TITLES = r"(?:(?:Prof|Doç|Dr|Yrd|Öğr)\.\s*){0,3}"
_LOCAL_JOINT = re.compile(rf"^{_ACADEMIC_TITLES}(?P<a>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}})\s+"
                          rf"(?:ve|ile|və|ilə|и)\s+{_ACADEMIC_TITLES}"
                          rf"(?P<b>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}})(?:,\s|\s+[a-zçğıöşüəа-яё])")
# a sentence break that is no academic title's full stop (the joint subject's sentence opens before "Prof. Dr.")
_SENTENCE_BREAK_NOT_TITLE = re.compile(r"(?<!\bProf)(?<!\bDoç)(?<!\bDr)(?<!\bYrd)(?<!\bÖğr)[.!?…]\s+(?=\S)")


def _local_joint_subject(before: str, resolver: Resolver) -> bool:
    """Does the quote's sentence open with two different people joined by "ve"/"ile"/"və"/"ilə"/"и"?"""
    sentence = _SENTENCE_BREAK_NOT_TITLE.split(before)[-1].lstrip()
    if not (m := _LOCAL_JOINT.match(sentence)):
        return False
    first, second = resolver.resolve(m["a"], speaking=False), resolver.resolve(m["b"], speaking=False)
    return first is not None and second is not None and first.name != second.name


# --- round 18 (Azerbaijani, Turkish) ------------------------------------------------------------------
# Round 18: "Ekspertin sözlərinə görə, “…”" (in the expert's words) after running text that names the expert ("Ekspert
# Elçin Quliyev vəziyyəti şərh edib."): the bare title means the person of the sentence before (in the quote's
# paragraph, else the paragraph before), as after '«…», – deyə ekspert qeyd edib' (_az_lead_sentence)
def _az_according_title_lead(text: str, paras, para_start: int, own_before: str, resolver: Resolver) -> None:
    sentence = _SENTENCE_BREAK.split(own_before)[-1]
    m = AZ_ACCORDING.search(sentence)
    if m is None or not _AZ_TITLE_ANAPHOR.fullmatch(m["spk"].strip().replace("İ", "i").lower()):
        return
    lead = own_before[:len(own_before) - len(sentence)]
    _az_lead_sentence(lead if lead.strip() else _previous_paragraph(text, paras, para_start), resolver)


def _az_according_gate(own_before: str) -> bool:
    """Does the quote's paragraph before it hold a word of AZ_ACCORDING (a cheap test before the pattern)?"""
    return "görə" in own_before or "fikrincə" in own_before


# Round 18: Turkish "according to X's words/statement/assessment" opening the quote's sentence ('Dışişleri Bakanı Hakan
# Fidan'ın açıklamasına göre, "…"', "Bolat'ın sözlerine göre", "Uzmanın değerlendirmesine göre"): X's, as "X'e göre"
TR_WORDS_ACCORDING = re.compile(rf"^(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,4}})['’]n?[ıiuü]n\s+"
                                r"(?:açıklamasına|sözlerine|ifadelerine|değerlendirmesine|görüşüne)\s+göre\b,?")


# Round 48 (quotes, other): "in X's words" opening the quote's sentence, Turkish 'Aydemir'in ifadesiyle, “…”'
# ("sözleriyle", "deyişiyle", "tabiriyle") and Azerbaijani 'Əlizadənin ifadəsi ilə, “…”' ("sözləri ilə"): X's
# words, as "X'in sözlerine göre" is (TR_WORDS_ACCORDING); the rest of the sentence before the quote names no one
# Round 67 (komite67, dev/1097): so too "as X said", the genitive before a participle of saying and "kimi"/"gibi",
# where it was said in the locative maybe between: 'Cənab Prezident X Y-in Səmərqənddə dediyi kimi, “…”' inside an
# ambassador's answer is the president's words, "Nazirin qeyd etdiyi kimi", Turkish "Erdoğan'ın zirvede dediği gibi"
# Round 68 (tacik68b, dev/1101): so too "there is a saying of X's", the same genitive and participle before "bir söz
# var" and a colon, in an interview's dash answer ('— Sayın X'ın Duşanbe ziyaretinde söylediği bir söz var, hep
# hatırlıyorum: "…"', Azerbaijani "X-in Bakı səfərində dediyi bir söz var: “…”"); the place may be a name before the
# locative noun ("Duşanbe ziyaretinde"), and a short clause of the speaker's own may come before the colon
_TURKIC_IN_WORDS = re.compile(rf"^(?:[—–]\s*)?(?P<spk>[{CAPITALS}][\w\-]*?(?:\s+[{CAPITALS}][\w\-]*?){{0,4}}?)"
                              r"['’]?n?[ıiuü]n\s+"
                              r"(?:ifadesiyle|ifadeleriyle|sözleriyle|deyişiyle|tabiriyle|ifadəsi\s+ilə|sözləri\s+ilə"
                              rf"|(?:(?:[{CAPITALS}][\w\-]*\s+)?[\w\-]+(?:d[aəe]|t[aəe])\s+){{0,2}}"
                              r"(?:(?:dediyi|söylədiyi|qeyd\s+etdiyi|vurğuladığı|bildirdiyi)\s+kimi"
                              r"|(?:dediği|söylediği|belirttiği|vurguladığı|ifade\s+ettiği)\s+gibi"
                              r"|(?:dediği|söylediği|dediyi|söylədiyi)\s+bir\s+söz\s+var"
                              r"(?:\s*,\s*[^,:“”\"«»]{1,40}?)?\s*:))"
                              r"\s*,?\s*")
_TURKIC_IN_WORDS_GATE = ("yle", " ilə", " kimi", " gibi", " söz var")  # one is in every _TURKIC_IN_WORDS match


def _turkic_in_words_of(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    """`earlier`: the article before the quote's paragraph (a surname alone is the person named in full in it)."""
    sentence = _SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not (m := _TURKIC_IN_WORDS.match(sentence)) or not _plain_object(sentence[m.end():], resolver):
        return None
    return resolver.resolve(m["spk"]) or named_in_full(earlier + own_before, m["spk"].split()[-1], resolver)


def _tr_words_according(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    """`earlier`: the article before the quote's paragraph (a surname alone is the person named in full in it)."""
    sentence = _SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not (m := TR_WORDS_ACCORDING.match(sentence) or _TR_DATIVE_ACCORDING.fullmatch(sentence)) \
            or not _plain_object(sentence[m.end():], resolver):  # (round 34: "X Y'ye göre, "…"" too)
        return None
    return resolver.resolve(m["spk"]) or named_in_full(earlier + own_before, m["spk"].split()[-1], resolver)


# Round 18: Azerbaijani "he" with a comma and adverbs before the verb of reported speech ("O, həmçinin vurğulayıb ki,
# “…”", "O isə bildirib ki"): the last speaker, as before a colon (AZ_PRONOUN_COLON)
# (round 19: or the outlet it was said to, a name with a case ending after a hyphen or a web name: "O, Report-a bildirib
# ki", "O APA-ya deyib ki", "O, Oxu.az-a açıqlamasında bildirib ki", "O, Meydan TV-yə bildirib ki")
_AZ_PRONOUN_SUBJECT = re.compile(r"O,?(?:\s+(?:[a-zəıöüşçğ]+|(?:[A-ZƏÜÖĞIİŞÇ][\w.]*\s+)?[\w.]+-(?:a|ə|ya|yə|na|nə)))?"
                                 r"(?:\s+[a-zəıöüşçğ]+){0,3}\s*,?\s*")


def _az_ki_subject(clause: str, resolver: Resolver) -> Person | None:
    if clause[:1] == "O" and _AZ_PRONOUN_SUBJECT.fullmatch(clause):
        return resolver.resolve("o")
    person = _clause_subject(clause, resolver)
    if person is not None and person.rule == "anaphor" and person.iso3 not in ("", "AZE") and clause.strip() == "Nazir":
        return _az_home_minister(resolver) or person
    return person


def _az_home_minister(resolver: Resolver) -> Person | None:
    """Round 49 (quotes, local): an Azerbaijani text's bare "Nazir vurğulayıb ki, …" after a foreign minister's words
    (whom the text titled "macarıstanlı nazir", by his state) is the one Azerbaijani minister named before, the text's
    own, not the foreigner."""
    home = {p.name for p in resolver._unlisted_people() if p.iso3 == "AZE" and "Minister" in p.role}
    return resolver.resolve(home.pop()) if len(home) == 1 else None


# Round 18: a subheading in capitals that labels a quote with its speaker ('C.BAYRAMOV: "DAŞIMALARDA TACİKİSTAN ÜÇÜN
# QAPILARIMIZ AÇIQDIR"', 'BOLAT: "HEDEF 15 MİLYAR DOLAR"') names, as a headline does, the speaker of the body quote
# after it that it sums up and no rule attributes ('Nazir həmçinin vurğulayıb ki, … "Tacikistan üçün qapılarımız həmişə
# açıqdır"', where "Nazir" may be either minister): most of the subheading's words are the quote's. The subheading's
# own quote stays no one's (an editor's summary, _all_capitals).
_SUBHEADING_LABEL = re.compile(r"(?P<spk>[^\W\d_][^:“”«»\"„\n]{1,40}?)\s*:\s*$")
_LETTERS = re.compile(r"[^\W\d_]+")


def _turkic_caps_label(label: str) -> str:
    """A label in capitals as a name is written ("C.BAYRAMOV" -> "C.Bayramov", "İLHAM ƏLİYEV" -> "İlham Əliyev";
    the dotted and dotless I lowered as Turkish and Azerbaijani lower them)."""
    return _LETTERS.sub(lambda m: m[0][0] + m[0][1:].replace("İ", "i").replace("I", "ı").lower(), label)


def _folded_words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


# Round 21: a subheading that is a bare title and a quote, 'Ekspert: “…”' / 'Nazir: «…»' (Olaylar, Bakupost, Oxu.az
# set one over the part of the story it opens), shortens a quote the body gives later to someone: that speaker's, when
# the later quote holds most of its words; a name as the label is the transcript rules' (a title names no one alone)
_TITLE_SUBHEADING = re.compile(rf"[{CAPITALS}][a-zəıöüşçğа-яё]+\s*:\s*")


def _titled_subheading_speakers(text: str, found: list[Found], headline_end: int) -> list[Found]:
    for i, head in enumerate(found):
        if head.speaker is not None or head.outer[0] < headline_end:
            continue
        start = text.rfind("\n", 0, head.outer[0]) + 1
        end = text.find("\n", head.outer[1])
        label = text[start:head.outer[0]]
        bare = not label.strip()
        if text[head.outer[1]:len(text) if end < 0 else end].strip(" .!?") \
                or not (bare or _TITLE_SUBHEADING.fullmatch(label)) or (bare and head.text.isupper()):
            continue
        # round 43: a subheading of the quote alone ('"Osmanlı'nın ilk başkenti ile Kafkasya'nın incisi"' over "…
        # Bozbey, "Osmanlı'nın ilk başkenti Bursa ile Kafkasya'nın incisi Bakü arasında …" dedi.") picks a phrase from a
        # quote of the part it opens (only the two paragraphs below, no label saying whose); one in capitals is an
        # editor's summary, and one ending where a sentence of that quote ends is the sentence said again, shortened
        # ('"Ticaret hacmimiz 3,6 milyar dolara ulaştı"' over "… ticaret hacmimiz geçen yıl 3,6 milyar dolara
        # ulaştı."): the body's stays
        below_end = _paragraph_end_after(text, end, 2) if bare else len(text)
        words = _folded_words(head.text)
        for later in found[i + 1:]:
            if later.outer[0] >= below_end:
                break
            shared = len(words & _folded_words(later.text)) if later.speaker is not None else 0
            if shared >= 3 and 3 * shared >= 2 * len(words):
                if not (bare and _ends_a_sentence_of(head.text, later.text)):
                    head.speaker, head.rule = later.speaker, "headline"
                break
    return found


def _ends_a_sentence_of(part: str, quote: str) -> bool:
    """Does the last word of `part` end a sentence of `quote` (folded)?"""
    last = _WORD.findall(fold(part))[-1:]
    return bool(last) and any(_WORD.findall(fold(sentence))[-1:] == last for sentence in _SENTENCE_BREAK.split(quote))


def _paragraph_end_after(text: str, at: int, count: int) -> int:
    """Where the `count`-th paragraph (non-blank line) after position `at` (a line's end, -1 for none) ends."""
    for _ in range(count):
        if at < 0:
            return len(text)
        while at < len(text) and text[at] in "\n \t":
            at += 1
        at = text.find("\n", at)
    return len(text) if at < 0 else at


# Round 22: a subheading 'Ekspert: «…»' (a bare occupational title, a quote the body does not repeat) over a paragraph
# that opens with that title and a name ("İqtisadçı ekspert X Y Unikal.org-a açıqlamasında bildirib ki, …"): the
# person the paragraph below introduces so; a paragraph about someone else, or no one, leaves the subheading unsaid
_AZ_SUBHEADING_TITLES = frozenset({"ekspert", "iqtisadçı", "analitik", "politoloq", "nazir", "səfir", "deputat"})


def _az_subheading_title_below(text: str, found: list[Found], headline_end: int, resolver: Resolver) -> list[Found]:
    for head in found:
        if head.speaker is not None or head.outer[0] < headline_end:
            continue
        start = text.rfind("\n", 0, head.outer[0]) + 1
        label = text[start:head.outer[0]]
        title = label.split(":")[0].strip().translate(_FOLDED_I).lower()  # ("İqtisadçı": one letter each)
        if title not in _AZ_SUBHEADING_TITLES or not _TITLE_SUBHEADING.fullmatch(label):
            continue
        end = text.find("\n", head.outer[1])
        if text[head.outer[1]:len(text) if end < 0 else end].strip(" .!?"):
            continue
        below = text[end:].lstrip("\n").split("\n", 1)[0] if end >= 0 else ""
        head.speaker = _titled_opening_person(below, title, resolver)
        head.rule = "headline" if head.speaker else head.rule
    return found


def _titled_opening_person(paragraph: str, title: str, resolver: Resolver) -> Person | None:
    """The person the paragraph's first sentence opens with, when the title stands before the name."""
    first = _SENTENCE_BREAK.split(paragraph.strip())[0] if paragraph.strip() else ""
    person = _clause_subject(first, resolver, speaking=False) if title in first.translate(_FOLDED_I).lower() else None
    if person is None or person.rule == "anaphor" or not _opens_with_after_speaking(first, person, resolver):
        return None
    return person


def _turkic_subheading_speakers(text: str, found: list[Found], headline_end: int, resolver: Resolver) -> list[Found]:
    if not any(f.speaker is None and f.text.isupper() for f in found):
        return found  # a cheap gate: most articles have no quote in capitals left without a speaker
    label_speaker, head_words = None, set()
    for quote in found:
        line = text[text.rfind("\n", 0, quote.outer[0]) + 1:quote.outer[0]]
        if quote.outer[0] >= headline_end and quote.speaker is None and line.isupper() and quote.text.isupper() \
                and (m := _SUBHEADING_LABEL.fullmatch(line)):
            label_speaker = resolver.resolve(_turkic_caps_label(m["spk"]), speaking=False)
            head_words = _folded_words(quote.text)
            continue
        if label_speaker is None or quote.speaker is not None or quote.text.isupper():
            continue
        shared = len(head_words & _folded_words(quote.text))
        if shared >= 3 and 3 * shared >= 2 * len(head_words):
            quote.speaker, quote.rule = label_speaker, "headline"
    return found


# Round 18: the subject of a Turkish verb after the quote when the sentence names others too. After an earlier quote and
# "derken," the subject is the second clause's ('Bolat, "…" derken, Cabbarov da "…" dedi'); a name set off by the
# comma after a participle's clause is the subject, the people of that clause its objects ('Tokayev'i ziyaret eden
# Bolat, "…" dedi', 'Ankara'da Erdoğan ile görüşen Kazakistan Cumhurbaşkanı, basın toplantısında "…" dedi'): no one
# when that name is no one known or the sentence names another in the nominative
_TR_AFTER_DERKEN = re.compile(r"[”\"»]\s*(?:derken|deyərkən),\s+(?P<clause>[^“”\"«»]+)$")
_TR_PARTICIPLE_SUBJECT = re.compile(rf"(?<![\w'’\-])[a-zçğıöşü]+(?:en|an)\s+(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,5}}),\s")
# (round 32: up to six words, the state, ministry and title before a full name: "Fidan ile görüşen Azerbaycan Dışişleri
# Bakanı Ceyhun Bayramov, "…" dedi")


def _tr_verb_final_subject(before: str, resolver: Resolver) -> Person | bool | None:
    """The subject (a Person), False for no one, or None when the sentence has neither form."""
    sentence = _SENTENCE_BREAK.split(before)[-1]
    if "derken" in sentence or "deyərkən" in sentence:
        m = _TR_AFTER_DERKEN.search(sentence)
        return (_clause_subject(m["clause"], resolver) or False) if m else None
    if (m := _TR_PARTICIPLE_SUBJECT.search(sentence)) is None or _QUOTE_MARK.search(sentence):
        return None
    person = resolver.resolve(m["spk"], speaking=False)
    if person is None or not _others_oblique(sentence[:m.start("spk")], person, resolver) \
            or not _others_oblique(sentence[m.end():], person, resolver):
        return False
    return resolver.resolve(m["spk"])


# Round 18: the words a quote gives "took their place" in someone's message or speech ('Cumhurbaşkanı Erdoğan'ın
# mesajında "…" ifadeleri yer aldı', Azerbaijani 'Prezidentin müraciətində … "…" sözləri yer alıb'): the one person the
# sentence names in the genitive, when it names no one else (a joint statement, "Erdoğan ile Tokayev'in ortak
# açıklamasında", is neither's; a body's, "Açıklamada … ifadelerine yer verildi", no one's)
TURKIC_WORDS_IN = re.compile(r"^\s*(?:ifadeleri|ifadesi|sözleri|cümleleri|ifadələri|sözləri|fikirləri)\s+"
                             r"(?:yer aldı|yer alıyor|yer alıb)\b")


# Round 18b: the same words said impersonally in someone's statement, after the quote ('Bolat'ın yazılı açıklamasında,
# "…" denildi', "dendi", '"…" ifadelerine yer verildi', "ifadesi kullanıldı"; Azerbaijani '… məktubunda "…" deyilir',
# "deyilib", "sözlərinə yer verilib") or before a colon ('Erdoğan'ın mesajında şu ifadeler yer aldı: "…"', "şöyle
# denildi:", Azerbaijani 'Prezidentin təbrik məktubunda deyilir: «…»', "bu sözlər yer alıb:"): the one person the
# sentence names in the genitive (_turkic_words_in_subject); no one when it names none ("Bakanlıktan yapılan açıklamada",
# "Bəyanatda deyilir:") or two, for a passive has no subject of its own to fall back on
TURKIC_SAID_IN = re.compile(r"^\s*,?\s*(?:denildi|dendi|deniliyor|deniyor|deyilir|deyilib|deyilirdi"
                            r"|(?:ifadelerine|ifadesine|sözlerine|sözlərinə|ifadələrinə|fikirlərinə) yer veril(?:di|ib)"
                            r"|(?:ifadeleri|ifadesi|ifadələri|ifadəsi) (?:kullanıldı|işlədilib))(?![\w\-])")
TURKIC_SAID_IN_COLON = re.compile(
    r"(?:^|\s)(?:(?:şu|şöyle|aşağıdaki|bu|belə|aşağıdakı)\s+)?(?:(?:ifadeler|sözler|cümleler|görüşler|ifadələr|sözlər|"
    r"fikirlər)(?:e|ə)?\s+(?:yer aldı|yer alıyor|yer alıb|yer verildi|yer verilib|kullanıldı)|denildi|dendi|deniliyor"
    r"|deyilir|deyilib|deyilirdi"
    # round 24: "X'in açıklamaları şöyle:" / "… sözleri şöyle oldu:" (AA, Sabah: someone's statement given below)
    r"|(?:açıklamaları|açıklaması|sözleri|ifadeleri|konuşması)\s+(?:şöyle|şu şekilde)(?:dir|\s+oldu)?)\s*:\s*$")
_TURKIC_SAID_IN_WORDS = ("deni", "dendi", "deyil", "yer veril", "yer al", "kullanıl", "işlədil", " şöyle", "şu şekilde")


# Round 18b: a Turkish or Azerbaijani quote that opens its paragraph and ends in a verb with no subject ('"…" diye
# ekledi.', '"…" dedi.', '«…», – deyə əlavə edib.'): the language drops a subject that is the last sentence's, so the
# speaker is that of the quote whose attribution ends the paragraph before ('Bolat, "…" dedi.'); with running text
# between, the subject is that text's (_verb_final_lead)
_TURKIC_SUBJECTLESS_VERB = re.compile(rf"^\s*[,.!?]?\s*(?:[-–—]\s*)?(?:{TR_VERBS}|{TR_CLAUSE_VERBS}|(?:{AZ_VERBS}))"
                                      r"(?=\s*[.!]|\s*$)")
_ONLY_PUNCTUATION = re.compile(r"[\s.!?]*")


def _turkic_subjectless_end(text: str, last: Found, para_start: int, after: str) -> int | None:
    """The end of the verb after the quote when the rule holds for the quote `last` before it, else None."""
    if last.outer[1] > para_start or not (m := _TURKIC_SUBJECTLESS_VERB.match(after)) \
            or not _ONLY_PUNCTUATION.fullmatch(text, last.outer[1], para_start):
        return None
    return m.end()


def _turkic_said_in_gate(text: str) -> bool:
    """Does `text` hold a word of TURKIC_SAID_IN or TURKIC_SAID_IN_COLON (a cheap test before the patterns)?"""
    return any(word in text for word in _TURKIC_SAID_IN_WORDS)


# Round 18b: a body or aide of the one named whose statement it is ("Prezident İlham Əliyevin mətbuat xidmətinin
# məlumatında deyilir:", "Erdoğan'ın İletişim Başkanlığından yapılan açıklamada", "Fidan'ın sözcüsünün açıklamasında"):
# the words are the body's, not his
_TURKIC_OFFICE_OF = re.compile(r"xidmət|başkanlı|ofis|sözcü|sözçü|administrasiya|aparat|yardımcı|müavin|köməkçi|"
                               r"nazirli|bakanlı|katibli|idarə|müdürlü|komitə|komite|danışman|müşavir", re.I)


def _turkic_words_in_subject(before: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(before)[-1]
    if _TURKIC_OFFICE_OF.search(sentence):
        return None
    named = {p.name for m in _TR_NAME_RUN.finditer(sentence)
             if (p := resolver.resolve(_TR_CASE_SUFFIX.sub("", m[0]), speaking=False)) is not None}
    return _genitive_subject(before, resolver) if len(named) == 1 else None


# --- round 18 (English) -------------------------------------------------------------------------------
# The attribution as a sentence of its own after the quote, as English news translated from Russian and Azerbaijani
# writes it ("Об этом заявил …"): '“…” This was stated by Kazakh Transport Minister X Y at a briefing.', '“…,” this was
# said by …', "These words were voiced by …", "These words belong to X", "With these words X Y opened the forum." The
# speaker is the one person the words up to where or when it was said, or the sentence's end, name ("… by Tokayev at a
# meeting with Aliyev" is Tokayev; "… by Tokayev and Aliyev" no one's; "With these words the crowd met President X" is
# no X's: the subject after "With these words" is capitalised)
EN_STATED_BY = re.compile(r"^\s*[.!?]?\s*(?:,\s*)?(?:(?:[Tt]his|[Tt]hese\s+words|[Tt]he\s+words)\s+(?:was|were)\s+"
                          r"(?:(?:also|further)\s+)?(?:stated|said|noted|announced|emphasi[sz]ed|stressed|underlined|"
                          r"voiced|expressed|declared|pointed\s+out|mentioned)\s+by\s+|With\s+(?:these|those)\s+words,?\s+(?=[A-Z])"
                          r"|(?:[Tt]hese|[Tt]he|[Tt]hose)\s+words\s+(?:belong|belonged)\s+to\s+)"
                          r"(?P<rest>[^.;:!?“”\"«»„]{1,150}?)(?=\s+(?:at|in|during|on|while|when|after|before|speaking|"
                          r"addressing)\s|\s+[a-z]+ed\b|\s*[.;:,]|\s*$)")
# a full name right after a body's name, the two read as one capitalised run that names no one ("the chairman of
# Azerbaijan Caspian Shipping Company Rauf Valiyev" → Rauf Valiyev)
_EN_BODY_THEN_NAME = re.compile(rf"\b(?:{'|'.join(sorted(_BODY_WORDS))})\s+(?P<spk>[{CAPITALS}][\w'’\-]+\s+"
                                rf"[{CAPITALS}][\w'’\-]+)$")
# (also '“…,” was how Aliyev put it' / "is how X described it", and "Those were Aliyev’s words at the summit." / "These
# were the words of X"; "is how one trader put it" names no one)
EN_HOW_PUT = re.compile(r"^\s*[.!?]?\s*,?\s*(?:was|is)\s+how\s+(?P<rest>[^,.;:!?“”\"«»„]{1,60}?)\s+(?:put|puts|described|"
                        r"describes|summed|sums|explained|explains)\s+(?:it|up|the\s+[a-z]+)\b")
EN_WORDS_WERE = re.compile(rf"^\s*[.!?]?\s*(?:Those|These|Such)\s+(?:were|are)\s+(?:the\s+words\s+of\s+"
                           rf"(?P<rest>[^,.;:!?“”\"«»„]{{1,60}}?)(?=\s+(?:at|in|during|on|to)\s|\s*[.;,]|\s*$)"
                           rf"|(?P<own>[{CAPITALS}][^,.;:!?“”\"«»„]{{0,60}}?)['’]s?\s+(?:own\s+)?words\b)")
_EN_STATED_BY_OPENINGS = ("This", "this", "Thes", "thes", "The ", "the ", "With", "Thos", "Such", "was ", "is h")


def _en_stated_by(after: str, resolver: Resolver):
    """(speaker, span end) of a quote whose attribution is the "This was stated by X" sentence after it, else None."""
    if after.lstrip(" .!?,\n")[:4] not in _EN_STATED_BY_OPENINGS:
        return None  # a cheap gate first
    m = EN_STATED_BY.match(after) or EN_HOW_PUT.match(after) or EN_WORDS_WERE.match(after)
    if m is None:
        return None
    rest = m["rest"] or _POSSESSIVE.sub("", m["own"])
    person = _one_named(rest, resolver)
    if person is None and (body := _EN_BODY_THEN_NAME.search(rest)):  # "… of Azerbaijan Caspian Shipping Company X Y"
        person = resolver.resolve(body["spk"])
    return (person, m.end()) if person is not None else None


def _en_stated_by_next(text: str, end: int, resolver: Resolver):
    """The "This was stated by X" sentence opening the paragraph after a quote that ends its own: (speaker, span end)
    by _en_stated_by."""
    following = text[end:end + 250]
    if "\n" not in following[:4] or following.lstrip(" .\n")[:4] not in _EN_STATED_BY_OPENINGS:
        return None
    return _en_stated_by(following, resolver)


# Round 69 (quotesen69): a quote paragraph with no attribution whose next paragraph opens with the speaker saying
# "this" ("“…” ¶ The minister said this after his talks with Tajik Foreign Minister X Y, …", a Hungarian government
# release, dev/1110; "He made these remarks at …", "Aliyev said this during …"): the subject before "said this" is the
# speaker, never someone the rest of the sentence names (the host he talked with). "said this week" is no such "this"
_EN_SAID_THIS = re.compile(rf"^\s*[.!?]?\s*(?P<spk>(?:[Tt]he\s+)?[{CAPITALS}][^.;:!?“”\"«»„,]{{0,60}}?)\s+"
                           r"(?:said|stated|noted|stressed|emphasi[sz]ed|made|voiced|expressed)\s+"
                           r"(?:this|these\s+(?:remarks|comments|words)|the\s+remarks)"
                           r"(?=\s+(?:after|at|in|during|on|while|when|before|speaking|to|as|following)\s|\s*[.,;])")


def _en_said_this_next(text: str, end: int, resolver: Resolver):
    """(speaker, span end) of the "X said this …" sentence opening the paragraph after a quote that ends its own,
    else None."""
    following = text[end:end + 200]
    if "\n" not in following[:4] or (" this" not in following[:80] and " these " not in following[:80]):
        return None  # a cheap gate first
    if (m := _EN_SAID_THIS.match(following)) is None:
        return None
    person = resolver.resolve(_speaker_phrase(m["spk"]))
    return (person, m.end()) if person is not None else None


# A source quoting the speaker after the quote: '“…,” Kazinform quoted Tokayev as saying.', '“…,” the Akorda press
# service quoted the president as saying', '“…,” Aliyev’s office quoted him as saying' (him: the owner of the office,
# spokesman or press service; after any other source "him" is no one the sentence names)
EN_QUOTED_AFTER = re.compile(rf"^\s*[,.!?]?\s*[-–—]?\s*(?P<src>[^.;:!?“”\"«»„]{{1,60}}?)\s+{_QUOTED_WHOM}\b")


def _en_quoted_after(after: str, resolver: Resolver):
    """(speaker, span end) of '“…,” X quoted Y as saying', else None."""
    if not (m := EN_QUOTED_AFTER.match(after)):
        return None
    if m["spk"] in _OBJECT_PRONOUNS:
        own = _OWN_OFFICE.fullmatch(m["src"].strip() + " ")
        person = resolver.resolve(own["spk"]) if own else None
    else:  # "Aliyev quoted Heydar Aliyev as saying" is neither's words for sure
        person = None if _names_someone(m["src"], resolver) else resolver.resolve(_speaker_phrase(m["spk"]))
    return (person, m.end()) if person is not None else None


# A full name after a possessive and a word for how he is related opens the sentence: "His colleague Madina Abenova was
# more upbeat.", "Sarsenov’s deputy X Y disagreed.", "His Kazakh counterpart X Y agreed." (no title SUBJECT knows; not
# "His talks with X Y ended …", a preposition before the name): X Y is whom a later "she" means, not the
# possessive's owner who spoke last
_EN_NOT_RELATION = r"(?!(?:to|with|of|for|by|from|at|in|on|and|or|the|a|an|after|before|about|between)\s)"
_EN_RELATION_NAME = re.compile(rf"(?:His|Her|Their|[{CAPITALS}][\w\-]*['’]s)\s+(?:{_EN_NOT_RELATION}[\w\-]+\s+){{0,2}}?"
                               rf"{_EN_NOT_RELATION}[a-z][\w\-]*\s+"
                               rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})"
                               rf"(?:,\s+[^,“”\"«»„]{{1,80}},)?\s+[a-z]")


# the same opening without a name ("His colleague was more upbeat.", "Sarsenov’s deputy disagreed."): someone the
# article does not name, so a later "she" is no one's, not the last speaker's (as round 12's "A diplomat …")
_EN_RELATIONS = (r"colleague|deputy|successor|predecessor|wife|husband|son|daughter|brother|sister|boss|aide|adviser|"
                 r"advisor|spokesman|spokeswoman|spokesperson|counterpart|partner|rival|opponent|critic|friend")
_EN_RELATION_UNNAMED = re.compile(rf"(?:His|Her|Their|[{CAPITALS}][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+)?"
                                  rf"(?:{_EN_RELATIONS})s?\b")


def _en_relation_subject(sentence: str, resolver: Resolver) -> None:
    """Make the person "His colleague X Y …" opens with the last speaker, when the name resolves; forget the last
    speaker after "His colleague …" that names no one."""
    if (m := _EN_RELATION_NAME.match(sentence)) and resolver.resolve(m["spk"], speaking=False) is not None:
        resolver.resolve(m["spk"])
    elif m := _EN_RELATION_UNNAMED.match(sentence):
        if (named := _NAME_BETWEEN_COMMAS.match(sentence, m.end())) and resolver.resolve(named["spk"]):
            return  # "His colleague at the institute, X Y, disagreed."
        if not any(resolver.resolve(run, speaking=False) for run in _capital_runs(sentence[m.end():])):
            resolver.last_speaker = None


# "In the words of Tokayev, “…”" / "To quote Aliyev: “…”": the speaker in a phrase right before the quote, as round 16's
# "As X put it," (AS_SAID)
EN_WORDS_OF_OPENING = re.compile(r"(?:^|[.!?]\s+|,\s+)(?:[Ii]n\s+the\s+(?:own\s+)?words\s+of|[Tt]o\s+quote)\s+"
                                 r"(?P<spk>[^,.;:!?«»“”\"„]{1,60}?)\s*[,:]\s*$")


# A source's verb after the quote, then whom it quoted: '“…,” the statement said, quoting Aliyev.', '“…,” the presidency
# said in a statement, citing Tokayev.' (the source no person: '“…,” Tokayev said, citing Aliyev' is said-after's, and
# a source that names someone gives none; two people quoted give none)
EN_SAID_QUOTING = re.compile(r"^\s*[,.!?]?\s*(?P<src>[^.;:!?“”\"«»„]{1,80}?)\s+(?:said|says|read|reads|wrote|added)\b"
                             r"[^.;:!?“”\"«»„]{0,60}?,?\s+(?:quoting|citing)\s+(?P<rest>[^.;:!?“”\"«»„]{1,60}?)"
                             r"\s*(?:[.;]|$)")


def _en_said_quoting(after: str, resolver: Resolver):
    """(speaker, span end) of '“…,” the statement said, quoting X.', else None."""
    if not (m := EN_SAID_QUOTING.match(after)) or _names_someone(m["src"], resolver):
        return None
    person = _one_named(m["rest"], resolver)
    return (person, m.end()) if person is not None else None


# --- round 18b (English) ------------------------------------------------------------------------------
# A passive before "said:"/"told:" makes the subject the one spoken to or of: "Erdoğan was told by officials: “…”",
# "Tokayev has been told that the …" (BEFORE_COLON's and BEFORE_THAT's speaker phrase ends with the auxiliary)
_EN_PASSIVE_END = re.compile(r"\s(?:was|were|is|are|been|being)(?:\s+[a-z]+ly)?$")  # "was reportedly told:"


# the same after SUBJECT's verb, a form of "be": a participle of telling, asking or greeting ("Tokayev was asked:",
# "Aliyev was greeted with the words:", "was reportedly told:") makes the subject the one addressed
_EN_BE = frozenset({"was", "were", "is", "are", "has", "had"})
_EN_PASSIVE_TOLD = re.compile(r"\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:told|informed|reminded|asked|assured|warned|greeted|"
                              r"welcomed|met|addressed|shown|handed|sent|given|presented)\b")


def _en_passive(phrase: str) -> bool:
    return _EN_PASSIVE_END.search(phrase) is not None


# An interview's answers under the interviewee's full name, as a label ("Leyla Hasanova: Busier than ever …"), when the
# running text before named her in full ("We spoke with Leyla Hasanova, head of …"; not only as a label, as an editor's
# "READ ALSO:" repeats): not a question (the interviewer's, under the outlet's name), and a name of two or three words
# in small letters after their capitals (an outlet's name is no person's: Resolver.resolve)
_EN_NAME_LABEL = re.compile(rf"[{CAPITALS}][a-zß-öø-ÿā-ſə'’\-]+(?:\s+[{CAPITALS}][a-zß-öø-ÿā-ſə'’\-]+){{1,2}}")


_NO_COLON_AFTER = re.compile(r"(?!\s*:)")  # after an earlier mention of the label: compiled once, not once per label


def _en_interviewee_label(m: re.Match, earlier: str) -> bool:
    label = m["spk"]
    return _EN_NAME_LABEL.fullmatch(label) is not None and not m["q"].rstrip().endswith("?") \
        and search_after_literal(earlier, label, _NO_COLON_AFTER) is not None


# --- round 18 (Russian) -------------------------------------------------------------------------------
# A title after the quote that the resolver reads as no one:
# - a former holder of an office, "«…», – сказал первый президент Казахстана" ("бывший президент", "экс-президент",
#   "бывший премьер-министр", "бывший глава МИД"): not the holder on the article's day but the one past holder of that
#   office and state whom the article named before ("Нурсултан Назарбаев"; by the office holders table); nobody when it
#   named none or two;
# - a head of a body by the body's name, "«…», – подчеркнул спикер Сената" ("председатель Мажилиса", "глава Милли
#   Меджлиса"): the one person the article titled before as a head of the body of that word ("Председатель Сената
#   Парламента Казахстана X Y", "с председателем Милли Меджлиса X Y", read in the nominative)
_RU_FORMER = re.compile(r"(?:[Пп]ервый|[Бб]ывший|[Ээ]кс-)\s*(?P<office>[Пп]резидент|премьер-министр|премьер|глава\s+МИД|"
                        r"министр\s+иностранных\s+дел)\s+(?:Республики\s+)?(?P<country>[А-ЯЁ][а-яё]+)")
_RU_FORMER_OFFICES = {"президент": officeholders.HEAD_OF_STATE, "премьер-министр": "Prime Minister",
                      "премьер": "Prime Minister", "глава мид": "Foreign Minister",
                      "министр иностранных дел": "Foreign Minister"}
_RU_HEAD_TITLES = ("председател", "спикер", "глава", "руководител", "торага")  # each a head of a body, as the others
_RU_BODY_TITLE = re.compile(rf"(?P<title>{'|'.join(_RU_HEAD_TITLES)})[а-яё]*\s+"
                            # round 31: a state's adjective before the body, "глава узбекского Сената"
                            r"(?:[а-яё]+(?:ого|ой)\s+)?"
                            rf"(?P<body>[А-ЯЁ][а-яё\-]{{2,}})"
                            r"(?:\s+[А-ЯЁа-яё][а-яё\-]+){0,3}")


def _ru_former_holder(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_FORMER.fullmatch(phrase)) or len(codes := places.codes_in(m["country"])) != 1:
        return None
    office = _RU_FORMER_OFFICES[" ".join(m["office"].lower().split())]
    # the words the article wrote before, in the nominative, as written and in Latin letters ("Атамбаев" is Atambayev)
    words = {fold(spelt) for word in re.findall(r"[А-ЯЁ][а-яё\-]+", earlier)
             for form in {word, ru_nominative(word), ru_nominative_of_genitive(word)} for spelt in (form, romanize(form))}
    named = {term.name for term in officeholders.terms() if term.country == codes[0] and term.office == office
             and term.start <= resolver.day and not term.covers(resolver.day)
             and not words.isdisjoint(fold(alias) for alias in (term.surname, *term.aliases) if " " not in alias)}
    return resolver.resolve(named.pop()) if len(named) == 1 else None


def _ru_body_head(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_BODY_TITLE.fullmatch(phrase)):
        return None
    body = m["body"][:max(4, len(m["body"]) - 2)]  # its stem: "Сената", "Сенат", "Сенате" alike
    named = {name for title, of, name in ru_titled_mentions(earlier)
             if title.startswith(_RU_HEAD_TITLES) and re.search(rf"(?<![\w\-]){re.escape(body)}", of)
             and not RU_PAST_VERB_IN_TITLE.search(of)}  # round 32
    return resolver.resolve(named.pop()) if len(named) == 1 else None



# Round 57 (quotesru57): a parliament's head by his state's adjective alone after the quote ("«…», – подчеркнул турецкий
# спикер", "— добавил казахстанский председатель парламента"), the form of a talks report on two speakers: the one
# person a head's title (председатель, спикер, торага) named before as of a body of that state alone
_RU_STATE_SPEAKER = re.compile(r"(?P<adj>[а-яё]+?)(?:ий|ый)\s+(?:спикер|торага|председатель\s+парламента)")
_RU_STATE_SPEAKER_TITLES = ("председател", "спикер", "торага")
_RU_PARLIAMENT_STEMS = ("парламент", "мажилис", "сенат", "меджлис", "мажлис", "кенеш", "собрани", "курултай", "хурал",
                        "маслахат", "палаты представителей")  # (a chamber of commerce's head is no speaker)


def _ru_state_speaker(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _RU_STATE_SPEAKER.fullmatch(phrase)):
        return None
    if not (codes := [iso3 for stem, iso3 in RU_COUNTRY_ADJECTIVES.items() if m["adj"].startswith(stem)][:1]):
        return None
    stems = [stem for stem, iso3 in RU_COUNTRY_ADJECTIVES.items() if iso3 == codes[0]]
    named = {name for title, of, name in ru_titled_mentions(earlier)
             if title.startswith(_RU_STATE_SPEAKER_TITLES) and any(stem in of.lower() for stem in _RU_PARLIAMENT_STEMS)
             and (places.codes_in(of) == codes  # (or the state's adjective before the body, "турецкого парламента")
                  or (not places.codes_in(of) and any(stem in of for stem in stems)))}
    return resolver.resolve(named.pop()) if len(named) == 1 else None

# An opinion given after the quote, the speaker after it: "«…» — такое мнение высказал экономист X Y", "— так
# прокомментировал итоги встречи X", "— такую оценку дал X", "— выразил уверенность X", "— поделился с журналистами X"
_RU_OPINION_AFTER = re.compile(r"^\s*[,.!?]?\s*[-–—]\s*(?:(?:такое|это|свое|своё)\s+мнение\s+(?:высказал|высказала|"
                               r"выразил|выразила)|такую\s+оценку\s+(?:дал|дала)|так\s+(?:прокомментировал|"
                               r"прокомментировала|оценил|оценила|объяснил|объяснила)(?:\s+[а-яё]+){0,3}?|(?:выразил|"
                               r"выразила)\s+(?:уверенность|надежду)|поделился|поделилась)"
                               r"\s+(?P<spk>[^.;:!?«»“”\"]{1,90}?)\s*(?:[.,;]|$)")
# The speaker's name before the verb after the dash: "«…», — Мирзиёев подчеркнул на встрече", "— министр Нуртлеу
# отметил" (a lower-case title or two before it)
_RU_NAME_VERB_AFTER = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?P<spk>(?:[а-яё\-]+\s+){{0,3}}[А-ЯЁ][а-яё\-]+"
                                 rf"(?:\s+[А-ЯЁ][а-яё\-]+){{0,2}})\s+(?:также\s+)?(?:{RU_VERBS})(?![\w\-])")


# Someone's words named after the verb: "«…», — напомнил слова Ататюрка Эрдоган", "— Эрдоган напомнил слова …",
# "— привел цитату …", "— повторил фразу …": the quote is the words' owner's, not the subject's (RU_QUOTED_WORDS reads
# "приводит слова X пресс-служба", where the source passes them on)
_RU_WORDS_AFTER = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:[А-ЯЁ][а-яё\-]+\s+){{0,3}}(?:{RU_VERBS}|привел|привела|"
                             r"повторил|повторила|вспомнил|вспомнила)\s+(?:[А-ЯЁ][а-яё\-]+\s+){0,3}"
                             r"(?:слова|высказывание|цитату|фразу|выражение)\s")
# The source first, then whose words it passes on: "«…», — передает пресс-служба слова Садыра Жапарова" (the name in
# the genitive; "приводит слова X пресс-служба", the name first, is RU_QUOTED_WORDS)
_RU_SOURCE_THEN_WORDS = re.compile(r"^\s*[,.!?]?\s*[-–—]\s*(?:передает|передают|приводит|приводят)\s+"
                                   r"(?!слова\s)[^.;:!?«»“”\"]{1,60}?\s+слова\s+(?P<spk>[^.;:!?«»“”\"]{1,100}?)\s*(?:[.,;]|$)")
# "глава государства", "президент", "лидер" alone after the quote, before anyone spoke: the one head of state its
# paragraph names ("Токаев принял в Акорде Джейхуна Байрамова. «…», – сказал глава государства")
_RU_HEAD_WORDS = ("глава государства", "президент", "лидер", "глава республики")


def _ru_blank_terms(after: str) -> str:
    """`after` with the marks of a short quoted name blanked (same length): "— рассказал корреспонденту «Казинформа»
    аким … X Y" reads on past the outlet."""
    return _SHORT_QUOTED.sub(lambda t: f" {t[1]} " if _words(t[1]) < MIN_WORDS else t[0], after) \
        if "«" in after[:120] or "\"" in after[:120] else after


def _ru_head_after(after: str, paragraph: str, resolver: Resolver):
    """(speaker or None, span end) of "«…», – сказал глава государства" before anyone spoke, when the running text
    `paragraph` names heads of state (None when two: either may be meant), else None (the other rules decide)."""
    if resolver.last_speaker is not None or not (m := AFTER_VERB_SPEAKER_RU.match(after)) \
            or " ".join(m["spk"].lower().split()) not in _RU_HEAD_WORDS or _QUOTE_MARK.search(paragraph):
        return None
    heads = {term.name for word in re.findall(r"[А-ЯЁ][а-яё\-]+", paragraph)
             for form in {word, ru_nominative(word), ru_nominative_of_genitive(word)}
             for term in officeholders.by_name(form, resolver.day)
             if term.office == officeholders.HEAD_OF_STATE and term.covers(resolver.day)}
    if not heads:
        return None
    return (resolver.resolve(heads.pop()) if len(heads) == 1 else None), m.end()


def _ru_dash_after(after: str, earlier: str, resolver: Resolver, lead: str = "") -> tuple[Person, int] | None:
    """(speaker, span end) of a Russian attribution after the quote's dash that the patterns of _attribute do not read
    ("– сказал первый президент Казахстана", "– подчеркнул спикер Сената", "— такое мнение высказал X", "— X
    подчеркнул", "— отметил министр" before anyone spoke: the one person the running text `lead` before the quote
    names, when a minister: "Министр торговли … Арман Шаккалиев провел встречу …"), else None."""
    if (found := _ru_told_after(after, resolver)) is not None:
        return found  # round 19: "– рассказала Informburo.kz председатель … X Y"
    if (found := _ru_speaker_then_outlet(after, resolver)) is not None:
        return found  # round 38: "— сказал X Y «Курсиву»."
    blanked = _ru_blank_terms(after)
    if m := AFTER_VERB_SPEAKER_RU.match(blanked):
        phrase = " ".join(m["spk"].split())
        person = _ru_former_holder(phrase, earlier, resolver) if phrase[:1] in "пбэПБЭ" else None
        if person is None and phrase[:1] in "псгрт":
            person = _ru_body_head(phrase, earlier, resolver) or _ru_bare_head_last_speaker(phrase, earlier, resolver)
        if person is None and ("спикер" in phrase or "председатель" in phrase or "торага" in phrase):
            person = _ru_state_speaker(phrase, earlier, resolver)  # round 57 (quotesru57): "— сказал турецкий спикер"
        if person is None and phrase in _RU_DELEGATION_HEAD_WORDS:
            person = _guest_named_before(earlier, resolver, "ru")  # round 74 (visits74): "— сказал глава делегации"
        if person is None and phrase.startswith("министр "):  # round 77 (ru77): "— заявил министр экономики X"
            person = _ru_minister_of_field_named_before(phrase, earlier, resolver)
        if person is None and blanked is not after:  # (round 20: the body's quoted name no part of the person's)
            person = resolver.resolve(_after_last_term(after[m.start("spk"):m.end("spk")]))
        if person is None and phrase == "министр" and resolver.last_speaker is None and lead \
                and not _QUOTE_MARK.search(lead) and _title_fits(phrase, one := _ru_one_named(lead, resolver), lead):
            person = resolver.resolve(one.name)
        return (person, m.end()) if person else None
    if m := _RU_SOURCE_THEN_WORDS.match(after):
        person = resolver.resolve(ru_genitive_phrase(m["spk"]))
        return (person, m.end()) if person else None
    m = _RU_OPINION_AFTER.match(after) or _RU_NAME_VERB_AFTER.match(after)
    person = resolver.resolve(_speaker_phrase(m["spk"])) if m else None
    return (person, m.end()) if person else None


# A sentence opening with an adverb or linking phrase before its subject, no comma between: "Отдельно он поблагодарил
# хозяев саммита: «…»", "Затем Алиев добавил …", "В свою очередь Нуртлеу отметил, что …": the subject is after it (a
# pronoun read as "Он", as SUBJECT reads a pronoun only capitalised)
# (round 73, visits73b: or a bare title that stands for the last one named, as the pronoun does, "Отдельно министр
# назвал сумму соглашений, подписанных в …, «…»", dev/1163: read as "Министр назвал …")
_RU_OPENING = re.compile(rf"(?:{'|'.join(RU_OPENING_ADVERBS)}|Кроме того|Кроме этого|Помимо этого|Между тем|При этом|"
                         r"В то же время|В частности|В свою очередь|Со своей стороны|В итоге|В заключение|Вместе с тем)"
                         r",?\s+(?=[А-ЯЁ]|(?:он|она|министр|президент|лидер)\s)")

# (round 60, quotesazru60: or an adverbial gerund's clause before the pronoun, "Открывая брифинг, он назвал …")
_RU_GERUND_PRONOUN_OPENING = re.compile(r"[А-ЯЁ][а-яё]+(?:ая|яя|ив|ав|ев|вшись)\s[^«»“”\".;:!?,]{1,150},\s+"
                                        r"(?=(?:он|она)\s)")


def _ru_after_opening(sentence: str) -> tuple[str, int] | None:
    """The sentence with a pronoun after its opening adverb capitalised (same length, so offsets hold) and where its
    subject starts, else None."""
    if not (opening := _RU_OPENING.match(sentence) or _RU_GERUND_PRONOUN_OPENING.match(sentence)):
        return None
    end = opening.end()
    return sentence[:end] + sentence[end].upper() + sentence[end + 1:], end


# A subject and its speech verb with where or to whom it was said between, an outlet's name or a person among them:
# "Экономист X Y в комментарии KazTAG отметил, что «…»", "… в интервью агентству Kun.uz заявил, что
# «…»", "Глава МИД … в ходе брифинга подчеркнул, что", "Токаев в телефонном разговоре с Алиевым подчеркнул, что «…»"
# (SUBJECT's place between reads up to three Cyrillic words and takes the first for the verb; the subject is in the
# nominative, whom it was said to or with in another case); the partial quote ends the "что" clause, which names
# nobody
_RU_WHERE_SAID_THAT = re.compile(r"\s(?:в|во|на|по|при|после|перед)\s+(?P<where>(?:[^\s,;:!?«»“”\"]+\s+){0,5}?)"
                                 rf"(?:также\s+|же\s+)?(?:{RU_VERBS}),\s+что\s+(?P<rest>[^«»“”\"]*)$")
_RU_PREPOSITION = re.compile(r"\s(?:в|во|на|по|при|после|перед)\s")


def _ru_said_that_where(own_before: str, resolver: Resolver, pattern: re.Pattern = _RU_WHERE_SAID_THAT) -> Person | None:
    """The subject before the first preposition after which the rest is where it was said and the verb (a full name
    there is the subject's own: "Посол Казахстана в Азербайджане Болат Иманбаев на брифинге заявил, что «…»"; round
    19: `pattern` _RU_WHERE_SAID_COLON, the verb before a colon)."""
    sentence = _unquote_terms(_QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip())  # "газете «Казахстанская правда»"
    if not ("А" <= sentence[:1] <= "Я" or sentence[:1] == "Ё"):
        return None
    for preposition in _RU_PREPOSITION.finditer(sentence, 0, 120):
        subject = sentence[:preposition.start()]
        if "," in subject:
            return None
        if (m := pattern.match(sentence, preposition.start())) and not _CYRILLIC_NAME.search(m["where"]):
            if not _plain_object(m["rest"], resolver) or resolver.resolve(subject, speaking=False) is None:
                return None
            return resolver.resolve(subject)
    return None


# --- round 19 (Russian) -------------------------------------------------------------------------------
# To whom or where it was told between the verb after the quote and the speaker (_RU_TOLD_TO): "«…», – рассказала
# Informburo.kz председатель Ассоциации экспортёров Казахстана X Y", "— сообщил корреспонденту Kazinform заместитель
# председателя правления … X Y", "— сказал в интервью «Курсиву» директор … X Y": the speaker is the phrase after it,
# up to 160 characters (a long title with its body's name; a short name in quote marks there ends no phrase)
_RU_TOLD_AFTER = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:{RU_VERBS})\s+{_RU_TOLD_TO}\s+"
                            r"(?P<spk>[а-яёА-ЯЁ][^.;:!?“”\"«»]{0,160}?)\s*(?:[.,;]|$)")


# Round 20: an attribution's phrase that names an unnamed person ("источник в правительстве", "один из участников",
# "представитель компании", "сотрудник министерства") when it resolves to no one: the dash line is nobody's, not the
# last speaker's ("собеседник" is not here: it means the expert named before, RU_VERB_OCCUPATION)
# (round 43, second wave: or a bare deputy minister's title, "— пояснил замминистра", when the article named no one
# deputy minister, Resolver._one_deputy_minister: not the president who spoke last)
_RU_UNNAMED_PERSON = re.compile(r"(?:источник|источники|один\s+из|одна\s+из|представитель|представительница|"
                                r"сотрудник|сотрудница|участник|участница|замминистра|заместитель\s+министра|"
                                r"вице-министр)(?![\w\-])")
# Round 20: whom it was said with, between the verb and the speaker: "— отметил в беседе с Алиевым Токаев", "— сказал
# после встречи с президентом Азербайджана Ильхамом Алиевым Мирзиёев": the names in the instrumental after "с" are
# the other party's, the speaker is after them (the resolver would read "Алиевым Токаев" as one name)
_RU_WITH_WHOM = re.compile(r"(?:^|\s)с\s+(?:\S+\s+){0,4}?[А-ЯЁ][а-яё\-]*(?:ым|им|ом|ем|ой|ей)"
                           r"(?:\s+[А-ЯЁ][а-яё\-]*(?:ым|им|ом|ем|ой|ей))?\s+(?=[А-ЯЁа-яё])")


def _ru_past_with_whom(phrase: str) -> str:
    """The speaker phrase after whom it was said with ("в беседе с Алиевым Токаев" -> "Токаев"), else `phrase`."""
    if " с " not in phrase and not phrase.startswith("с "):  # a cheap gate
        return phrase
    m = _RU_WITH_WHOM.search(phrase)
    return phrase[m.end():] if m else phrase


def _ru_told_part(part: str) -> str | None:
    """Round 20: the speaker phrase of a dash line's attribution part with the outlet told it between its verb and
    the speaker ("рассказал Forbes.kz председатель Союза … X Y.", "сообщил корреспонденту Kazinform заместитель
    министра … X Y"), which _DASH_ATTRIBUTION's plain "verb speaker" misses (the web name's dot, a title longer than
    its 80 characters), else None; the whole part must be the attribution, so no words of the quote are lost."""
    if not ("а" <= part[:1] <= "я") or " " not in part:  # a cheap gate: an attribution opens with its verb
        return None
    m = _RU_TOLD_AFTER.match(_ru_blank_terms(dashed := "— " + part))
    return _after_last_term(dashed[m.start("spk"):m.end("spk")]) if m and m.end() >= len(part.rstrip(" .")) + 2 \
        else None


def _after_last_term(phrase: str) -> str:
    """Round 20: the speaker phrase of a title that names its body in quote marks ("директор компании «Агро Трейд»
    X Y", "председатель правления АО «КТЖ» X Y"): the words after the last term when they hold a capitalised word
    (the body's name is no part of the person's; the resolver would read "Агро Трейд X Y" as one name); "" when
    none follow ("представитель компании «Агро Трейд»" names no person, though the resolver reads the body's
    name as one); the phrase itself when it holds no term."""
    if "«" not in phrase:
        return _speaker_phrase(phrase)
    last = phrase[phrase.rindex("«"):]  # (a term ending the phrase may have its closing mark just past it)
    tail = last[last.index("»") + 1:] if "»" in last else ""
    return _speaker_phrase(tail) if _CAPITALISED_CYRILLIC.search(tail) else ""


_CAPITALISED_CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]")


def _ru_told_after(after: str, resolver: Resolver) -> tuple[Person, int] | None:
    if not (m := _RU_TOLD_AFTER.match(_ru_blank_terms(after[:300]))):  # same length: the span end holds
        return None
    person = resolver.resolve(_after_last_term(after[m.start("spk"):m.end("spk")]))
    return (person, m.end()) if person else None


# Verbs whose speech is told by a noun after them, then "что": "X обратил внимание, что …", "выразил уверенность (в
# том), что …", "высказал мнение, что …", "акцентировал внимание на том, что …" (a partial quote ending the clause)
_RU_PHRASE_VERBS = frozenset({"обратил", "обратила", "выразил", "выразила", "высказал", "высказала", "акцентировал",
                              "акцентировала",
                              "обращает", "акцентирует", "выражает", "высказывает"})  # round 62: the present too
_RU_SAID_PHRASE = re.compile(r"^\s+(?:внимание(?:\s+на\s+(?:то|том))?|уверенность|надежду|мнение|убежденность|"
                             r"убеждённость|сожаление|озабоченность)(?:\s+в\s+том)?,\s+что\s")
# Round 62 (quotesother62): a relative clause inside the "что" clause such a verb opens ("она обращает внимание на то,
# что прирост приходится на сырьё, цены на которые «могут …»") is still the subject's account: its words are hers
# when the clause names nobody, holds no other quote and no verb of speech (whose subject another may be)
_RU_SPEECH_IN_CLAUSE = re.compile(rf"(?<![\w\-])(?:{RU_VERBS}|назвал\w*|называ\w*|считает|считают|словам)(?![\w\-])")


def _ru_that_clause_relative_own(clause: str, resolver: Resolver) -> bool:
    return not (_QUOTE_MARK.search(clause) or _RU_SPEECH_IN_CLAUSE.search(clause) or _names_someone(clause, resolver))


# A second partial quote of the sentence after "и" and the subject's second verb: "X обратил внимание, что в экспорте
# «…», и призвал «…»", "X заявил, что «…», и добавил, что «…»": the earlier quote's marks dropped, the sentence is
# read as one of reported speech (_subject_partial; a name in the earlier quote still names someone)
_RU_AND_VERB_END = re.compile(rf"»,?\s+и\s+(?:также\s+)?(?:{RU_VERBS}|назвал|назвала|называл|называла)"
                              rf"(?:,?\s+[^«»“”\"]{{0,120}})?$")


def _ru_second_partial(sentence: str) -> str:
    if not _RU_AND_VERB_END.search(sentence):
        return sentence
    return sentence.replace("«", "").replace("»", "")


# The same with the verb before a colon: "Председатель правления КТЖ X Y в интервью Kursiv.media заявил: «…»", "Посол
# … X Y на брифинге подчеркнул следующее:" (_ru_said_that_where; the quote opens its paragraph or follows the colon)
_RU_WHERE_SAID_COLON = re.compile(r"\s(?:в|во|на|по|при|после|перед)\s+(?P<where>(?:[^\s,;:!?«»“”\"]+\s+){0,5}?)"
                                  rf"(?:также\s+|же\s+)?(?:{RU_VERBS})(?P<rest>(?:\s+следующее)?)\s*:\s*$")


# A bare title that SUBJECT reads as the subject, the next word as its verb ("Министр" + "торговли"), when a full name
# follows the title and its body's words: the full name's person is the subject ("Министр торговли Казахстана X Y
# заявил, что …", the minister named being whom the resolver would take for "Министр" only by chance)
def _ru_titled_subject(sentence: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    if (m := _RU_TITLED_SUBJECT.match(sentence)) and (person := resolver.resolve(m["spk"], speaking=False)):
        return person, m
    return None


# A noun that names a thing right before the quote: the quote is its name, no one's words ("призвал участников прочитать
# доклад «Каспий: новые возможности для транзита»", "пообещал поддержать проект «…»", "программу", "указ", "форум";
# not after a naming verb, "назвал проект «важным шагом …»", where the quote is what the object was called)
# (round 43: "статья" (article) with its ending, the verb "стать" (to become) naming nothing: "… должны стать «…»")
_RU_NAMED_THING_END = re.compile(r"(?<![\w\-])(?:доклад|программ|проект|указ|закон|постановлени|книг|стать[яюие]|форум|"
                                 r"конференци|инициатив|стратеги|концепци|соглашени|меморандум|план|документ|"
                                 r"выставк|фестивал|лозунг|девиз|фильм|компани|издани|газет)[а-яё]{0,3}\s*$")


# --- round 19 (English) -------------------------------------------------------------------------------
# An interview laid out as labelled lines, the interviewer's under the outlet's name or his own ("RailFreight.com: Will
# the fleet keep up?", "Interviewer: …?", "Trend: …?") and the answers under the interviewee's surname ("Rustamov: Two
# new ferries …"): an answer is the words of the person the article named in full before with that surname (a full
# name named before: _en_interviewee_label); only right after a question line with another label, not a question
# (round 44: or a question, then one remark of the interviewer's, "QEJ: And education? Hungary is known here for …")
_EN_QUESTION_LINE = re.compile(r"(?P<label>[^\s:“”\"«»][^:\n“”\"«»]{0,40}?)\s*:\s+\S[^\n]*\?[”\"’»]?"
                               r"(?:\s+[A-Z][^\n?]{0,200}[.!])?\s*$")


def _en_interview_answer(m: re.Match, text: str, paras, a: int, resolver: Resolver) -> Person | None:
    """The person whose answer a TRANSCRIPT paragraph `m` at `a` is, the answer to the question line before it, its
    label a person the article named before (not an office holder's surname alone: _labelled asks that); else None."""
    if m["q"].rstrip().endswith("?"):
        return None
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    if index == 0 or (asker := _en_interviewer_turn(text, paras, index)) is None or asker == m["spk"]:
        return None  # (round 49: or a remark under the interviewer's label, _en_interviewer_turn)
    for label in _label_as_written(m["spk"]):
        if not _SURNAME_ALONE.fullmatch(label):  # a full name: _en_interviewee_label
            continue
        person = resolver.resolve(label, speaking=False)
        if person is None:
            # "We spoke to Anna Keller, head of Eurasia at DB Cargo." left her unremembered (a lower-case title after
            # the name): the text is read again, which makes her one the resolver knows for the caller's resolve
            person = _surname_named_before(label, text[:a], resolver)
        if person is not None and person.rule in ("name", "unlisted name"):
            return person
    return None


# Round 55 (quotesaz55): an interview's answers under the interviewee's initial and surname, often with no space
# ("Diplomat.az: …?" / "B.Durdıyev: Çox yüksək …", "A. Kasymov: …"), which TRANSCRIPT's words (no dot in the last)
# do not read: right after the interviewer's turn under another label, the words of the one person named before with
# that surname and a given name opening with that initial; plain paragraphs after it go on with the answer.
_INITIAL_LABEL_LINE = re.compile(rf"^(?:[-–—]\s*)?(?P<spk>[{_EN_CAPITALS}]\.\s?[{_EN_CAPITALS}][\w'’\-]+)"
                                 r"\s*:\s+(?P<q>\S.{10,})$", re.S)


def _initial_label_answer(m: re.Match, text: str, paras, a: int, resolver: Resolver) -> Person | None:
    """The person whose initial and surname label the answer `m` at `a`, after the interviewer's turn; else None."""
    if m["q"].rstrip().endswith("?"):
        return None
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    if index == 0 or (asker := _en_interviewer_turn(text, paras, index)) is None or asker == m["spk"]:
        return None
    person = _surname_named_before(m["spk"], text[:a], resolver)
    return person if person is not None and person.rule in ("name", "unlisted name") else None


# Round 49 (English quotes): an interview whose turns carry initials, the outlet's and the interviewee's ("ET: …?" /
# "JK: We went through …", often after a legend "(ET – Eurasia Today; JK – Jeenbek Kulubaev)"): an answer under two or
# three capitals is the words of the one person named before whose name's words (a hyphened one's parts too) begin
# with those letters, right after a turn of the interviewer (_en_interviewer_turn); the interviewer's own line is none.
_INITIALS_LABEL = re.compile(r"[A-Z]{2,3}")


def _en_initials_answer(m: re.Match, text: str, paras, a: int, resolver: Resolver) -> Person | None:
    """The person whose initials label the TRANSCRIPT paragraph `m` at `a`, an answer after the interviewer's turn."""
    label = m["spk"]
    if not _INITIALS_LABEL.fullmatch(label) or m["q"].rstrip().endswith("?"):
        return None
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    if index == 0 or (asker := _en_interviewer_turn(text, paras, index) or _initials_remark(text, paras[index - 1])) \
            is None or asker == label or _legend_host_initials(label, text[:a]):
        return None
    people = {}
    for run in _capital_runs(text[:paras[index - 1][0]]):
        words = run.split()
        for k in range(len(words)):
            for n in (2, 3):
                if len(window := words[k:k + n]) == n and label in _initials_of(window) \
                        and (person := resolver.resolve(" ".join(window), speaking=False)) is not None \
                        and person.rule in ("name", "unlisted name"):
                    people[person.name] = person
    return next(iter(people.values())) if len(people) == 1 else None


# Round 75 (podcast75): a podcast's legend names its host with his initials ("Host: Dávid Kertész (DK). Guests: …",
# dev/1189): the host's lines under those initials, a remark ("DK: Kamol, you were in Tashkent …") or his thanks at the
# close, are no answer, though they follow a guest's remark.
_LEGEND_HOST = re.compile(r"\b(?:Host|Moderator|Presenter|Interviewer)s?\s*:\s*[^():\n]{2,60}?"
                          r"\((?P<label>[A-Z]{2,3})\)")


def _legend_host_initials(label: str, before: str) -> bool:
    """Does the legend before name `label` as the host's initials ("Host: X Y (XY)")?"""
    return f"({label})" in before and any(m["label"] == label for m in _LEGEND_HOST.finditer(before))


def _initials_remark(text: str, para: tuple[int, int]) -> str | None:
    """The initials of a remark of the interviewer's that opens the talk under initials too ("ET: Your trade figures
    are modest."), of _REMARK_WORDS words or more; else None."""
    said = TRANSCRIPT.match(text[para[0]:para[1]])
    return said["spk"] if said and _INITIALS_LABEL.fullmatch(said["spk"]) and _words(said["q"]) >= _REMARK_WORDS \
        else None


def _initials_of(words: list[str]) -> tuple[str, str]:
    """A name's initials, of its words and of their hyphened parts ("Kassym-Jomart Tokayev": KT, KJT)."""
    return "".join(w[0] for w in words), "".join(part[:1] for w in words for part in w.split("-"))


_REMARK_WORDS = 5


def _en_interviewer_turn(text: str, paras, index: int) -> str | None:
    """The label of the interviewer's turn right before paragraph `index`: a question line ("DKNews: And this
    year?"), or (round 49) a remark under the label an earlier question line of the article carried ("DKNews: The
    presidents have spoken of a much larger figure.")."""
    before = text[slice(*paras[index - 1])]
    if question := _EN_QUESTION_LINE.match(before):
        return question["label"].strip()
    if (said := TRANSCRIPT.match(before)) is None or "?" in said["q"] or _words(said["q"]) < _REMARK_WORDS:
        return None  # (a short remark closes the talk: "KRİTER: Teşekkür ederiz.")
    for k in range(index - 2, 0, -1):
        if (question := _EN_QUESTION_LINE.match(text, *paras[k])) and question["label"].strip() == said["spk"]:
            return said["spk"]
    return None


# Round 44: an answer (a paragraph of words without quote marks, under a label or a dash) that quotes another in single
# marks, verb-final ("Sayın Cabbarov bana açıkça 'Kıbrıs Türk ürünleri için kapımız açık' dedi. Biz de …"): the words
# in the marks are a quote of their own, the subject of their clause's, as '"…" dedi' after that subject would be; the
# whole paragraph stays the interviewee's. A mark opens after a space and closes before no letter, so the apostrophe
# of a case ending ("Bakü'ye", "2028'e") is none, inside the words or out.
_SINGLE_MARKED = re.compile(r"(?<![\w'’])'(?P<q>[^\W\d_](?:[^'\n]|(?<=\w)'(?=\w))*?[^\s'])'(?![\w'’])")


# Round 76 (squote76): a Turkish outlet that sets every quote in straight single marks, with the apostrophes of case
# endings inside ("limanı 'Orta Koridor'un Hazar'daki en önemli kapısı' olarak nitelendirdi", a paragraph quote
# "'Bugün Çin'den …'" after "şöyle anlattı:", "'…,' diyen X, '…' ifadesini kullandı", dev/1196): in a text with no
# other quote mark, each pair of single marks _SINGLE_MARKED reads (opening after no letter, closing before none) is
# set as the curly single marks every quote rule reads (OPENERS), in place (the same length, so every span holds);
# an apostrophe inside a word ("Türkiye'nin") stays one. The text holds no curly single mark of its own either, so a
# curled one in a quote's words is set straight again (a labelled answer quoting another inside it, round 44:
# "YILMAZ: Sayın X bana '…' dedi.", is the answer's whole, the article's marks in it).
_OTHER_QUOTE_MARK = re.compile("[“”\"«»„‘’]")


def _single_marks_as_quote_marks(text: str) -> str:
    """`text` with its straight single quote marks curled, when it uses no other quote mark; else `text`."""
    if _OTHER_QUOTE_MARK.search(text) or not (pairs := list(_SINGLE_MARKED.finditer(text))):
        return text
    chars = list(text)
    for m in pairs:
        chars[m.start()], chars[m.end() - 1] = "‘", "’"
    return "".join(chars)


def _straight_marks_again(found: list[Found]) -> list[Found]:
    """`found`, read off a text _single_marks_as_quote_marks curled, with the straight marks of the article in their
    words (a pair curled inside a quote's words, "… bana ‘…’ dedi" in a labelled answer's, is the article's '…')."""
    for item in found:
        if "‘" in item.text or "’" in item.text:
            item.text = item.text.replace("‘", "'").replace("’", "'")
    return found


def _single_marked_inside(text: str, answer: Found, resolver: Resolver) -> list[Found]:
    """The quotes in single marks inside `answer` that a speech verb after them gives to the subject of their clause."""
    start, end = answer.pieces[0][0], answer.pieces[-1][1]
    quotes = []
    for m in _SINGLE_MARKED.finditer(text, start, end):
        words = _clean(m["q"])
        if _words(words) < MIN_WORDS or not AFTER_VERB_FINAL.match(text[m.end():end]):
            continue
        speaker = _clause_subject(text[start:m.start()], resolver, speaking=False)
        if speaker is not None and speaker.rule != "anaphor":  # (a pronoun's antecedent is the interviewee's own)
            quotes.append(Found([(m.start("q"), m.end("q"))], (m.start(), m.end()), words, speaker, "said-after"))
    return quotes


# Round 69 (quotesen69): a speaker's quote that quotes another in single marks after a verb of telling and a comma
# ("My brother X Y once told me, '…,' and I think he was right.", a leader recalling a colleague's words, dev/1121;
# "Z said to us, '…'"): the words in the single marks are a quote of their own, the one named before the verb's, and
# the outer quote stays its speaker's whole. A pronoun before the verb ("he told me") names no one for sure.
_EN_TOLD_BEFORE_MARK = re.compile(rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})\s+"
                                  r"(?:(?:once|also|then|later|always|often)\s+)?(?:told\s+(?:me|us|him|her|them)|"
                                  r"said(?:\s+to\s+(?:me|us|him|her|them))?)\s*[,:]\s*$")


def _en_told_inside_quote_speakers(text: str, found: list[Found], resolver: Resolver) -> list[Found]:
    """`found` with the quotes in single marks told inside a speaker's quote (the form above) after each."""
    out: list[Found] = []
    for quote in found:
        out.append(quote)
        if quote.speaker is None or "'" not in quote.text or not (" told " in quote.text or " said" in quote.text):
            continue
        start, end = quote.pieces[0][0], quote.pieces[-1][1]
        for m in _SINGLE_MARKED.finditer(text, start, end):
            words = _clean(m["q"])
            if _words(words) < MIN_WORDS or (told := _EN_TOLD_BEFORE_MARK.search(text, start, m.start())) is None:
                continue
            speaker = resolver.resolve(told["spk"], speaking=False)
            if speaker is not None and speaker.rule != "anaphor" and speaker.name != quote.speaker.name:
                out.append(Found([(m.start("q"), m.end("q"))], (m.start(), m.end()), words, speaker, "said-after"))
    return out


# Round 57 (quotesaztr57): a paragraph of running text that quotes its subject in single marks, verb-final ("TDT Genel
# Sekreteri X Y de açılışta 'Yeşil enerji koridoru artık bir hayal değil' diye konuştu."): the words in the marks are
# the clause subject's, as in an answer (_single_marked_inside), and he spoke last
def _single_marked_in_running_text(text: str, para: tuple[int, int], resolver: Resolver) -> list[Found]:
    quotes = _single_marked_inside(text, Found([para], para, "", None, ""), resolver)
    if quotes:
        resolver.last_speaker = quotes[-1].speaker
    return quotes


# Round 44: a press conference's transcript prints the answers under the speaker's surname in capitals, the questions
# under "SORU:" ("SORU: Rakamlar ne durumda?" / "ERTUĞRULOĞLU: Küçük, bunu saklamıyorum. …"): the label is the
# surname as the body writes it, lowered as Turkish lowers it ("ı" for "I") or, failing that, as English does.
def _label_as_written(label: str) -> tuple[str, ...]:
    """The forms a label may name its person by: itself, or, in capitals, the word lowered after its first letter."""
    if len(label) < 3 or not label.isupper():
        return (label,)
    return tuple(dict.fromkeys((_turkic_caps_label(label), label.capitalize())))


# --- round 19 (Azerbaijani, Turkish) ------------------------------------------------------------------
# An Azerbaijani "O" (he/she) opening the quote's sentence right after a sentence of running text in its paragraph that
# names one person, in the nominative, as it ends in an -ıb verb ("… “X” MMC-nin baş direktoru Selçuk Aydın da qonaqları
# qarşılayıb. O, Report-a bildirib ki, …: “…”"), is that person, not whoever spoke last: the lead's person becomes the
# last speaker, whom the rules reading "O" then take. A company's name in quote marks is no one ("“Ege Kimya” MMC").
_AZ_O_OPENING = re.compile(r"O(?:,|\s+(?:da|də|isə|həmçinin|bildirib|deyib|qeyd|vurğulayıb|əlavə|[\w.]+-(?:a|ə|ya|yə)\b))")
_TURKIC_QUOTED_NAME = re.compile(r"[“\"«„][^“”\"«»„]{1,40}[”\"»“]")
_AZ_IB_END = re.compile(r"\w(?:ıb|ib|ub|üb|ır|ir|ur|ür)\s*\.?$")  # _SENTENCE_BREAK leaves a sentence without its stop


def _az_pronoun_lead(before: str, resolver: Resolver) -> None:
    sentences = _SENTENCE_BREAK.split(before.strip())
    if len(sentences) < 2 or not _AZ_O_OPENING.match(sentences[-1]) or not _AZ_IB_END.search(sentences[-2]):
        return
    lead = _TURKIC_QUOTED_NAME.sub("", sentences[-2])
    if not _QUOTE_MARK.search(lead):
        _one_named(lead, resolver, nominative=True)  # (it makes him the last speaker)


def _turkic_patronymic_names(text: str, found: list[Found]) -> list[Found]:
    """Each speaker's name as the article writes it with a Turkic patronymic (name_forms.with_turkic_patronymic)."""
    if not has_turkic_patronymic(text):
        return found
    for item in found:
        if item.speaker is not None and (name := with_turkic_patronymic(text, item.speaker.name)) != item.speaker.name:
            item.speaker = item.speaker._replace(name=name)
    return found


# --- round 19b (Russian) -------------------------------------------------------------------------------------------
# Russian news does not reopen a long quote in each paragraph: "X заявил: «Первая партия уже в Баку.\n\nВторая уйдет
# в августе»." The quote left open in a paragraph goes on into the next one when that paragraph is in Cyrillic, opens
# with no mark and holds a closing » before any «; the closing mark's position, else None
_RU_OPEN_CLOSER = re.compile(r"[«»]")


# Round 47: Azerbaijani and Turkish outlets do the same with «»: '«… modelini qurur.\n\nBu model … çevrilsin», – deyə
# politoloq vurğulayıb.' (the next paragraph opens with a capital letter, no dash or mark, and closes the quote)
_LATIN_CAPITALS = frozenset("ABCÇDEƏFGĞHIİJKLMNOÖPQRSŞTUÜVWXYZ")


def _ru_closed_in_next(text: str, start: int, end: int, outer_start: int) -> int | None:
    if text[outer_start] != "«" or not ("А" <= text[start:start + 1] <= "я" or text[start] == "Ё"
                                        or text[start:start + 1] in _LATIN_CAPITALS):
        return None
    mark = _RU_OPEN_CLOSER.search(text, start, end)
    return mark.start() if mark is not None and mark.group() == "»" else None


# Round 48 (quotes, other): a Turkish analysis does so with “”: 'X söylüyor:\n\n“… sahada değil.\n\nEğer … kaybedecek.”'
# (the next paragraph opens with a Latin capital, no mark, and holds a closing ” before any “): one quote of both
def _curly_closed_in_next(text: str, start: int, end: int, outer_start: int) -> int | None:
    if text[outer_start] != "“" or text[start:start + 1] not in _LATIN_CAPITALS:
        return None
    close = text.find("”", start, end)
    return close if close >= 0 and "“" not in text[start:close] else None


# Round 56 (quotes, other): and with straight marks: 'Yılmaz, … değindi:\n\n"… teklif ettik.\n\nSayın Başbakan …
# belirleyeceğiz."' (the next paragraph opens with a Latin capital and holds one straight mark only, closing: after a
# letter or a sentence's end, not before a word)
def _straight_closed_in_next(text: str, start: int, end: int, outer_start: int) -> int | None:
    if text[outer_start] != '"' or text[start:start + 1] not in _LATIN_CAPITALS:
        return None
    close = text.find('"', start, end)
    if close < 0 or text.find('"', close + 1, end) >= 0 or text[close - 1].isspace():
        return None
    return close



# --- round 20 (English) --------------------------------------------------------------------------------------------
# The attribution as an aside between commas inside the quote's sentence, the sentence going on to a partial quote:
# "Hungary, as the president put it in Tashkent, regards the bloc as “…”", "the cable, which, he said, would “…”",
# "The corridor, Aliyev told reporters, will “…”". The words after the aside name no one and hold no comma (no second
# aside or clause of someone else's); AS_SAID reads the aside that ends right at the quote.
_EN_ASIDE_SAID = re.compile(rf",\s+(?:(?:as\s+)?(?P<spk>[^,.;:!?«»“”\"„]{{1,60}}?)\s+(?:{VERBS}|puts? it)"
                            rf"(?:\s+(?:to|in|at|on|during|after|last|earlier|this)\s[\w ]{{1,40}}?)?"
                            # "The road, according to Tokayev, will “…”" (a name: "according to him" reads no one)
                            rf"|according\s+to\s+(?P<spk2>[{CAPITALS}][^,.;:!?«»“”\"„]{{1,60}}?)),"
                            rf"\s+(?P<rest>[^,;:“”\"«»„]{{1,120}}?)\s*$")


# Round 61 (quotesother61): an infinitive relative ("a window in which to “…”", "the means with which to") has no
# subject of its own, so it brings in no other speaker
_EN_INFINITIVE_RELATIVE = re.compile(r"\b(?:in|with|by|through|on|from)\s+which\s+to\b")


def _en_aside_speaker(own_before: str, earlier: str, resolver: Resolver) -> Person | None:
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before[-BEFORE_WINDOW:])[-1]
    if not (m := _EN_ASIDE_SAID.search(sentence)) or _joint(m["spk"] or m["spk2"], resolver) \
            or not _plain_object(_EN_INFINITIVE_RELATIVE.sub("to", m["rest"]) if "which to" in m["rest"] else m["rest"],
                                 resolver) \
            or _SPEECH_WORD.search(m["spk"] or m["spk2"]):
        return None  # (a speech word inside the speaker's part: "Tokayev said Aliyev told him," is whose words?)
    phrase = _speaker_phrase(m["spk"] or m["spk2"])
    if resolver.resolve(phrase, speaking=False) is None and earlier.strip() and own_before.strip() == sentence.strip():
        # "Tokayev spoke at the summit.\n\nThe Turkic states, he said, should “…”": a pronoun or bare title in the
        # paragraph's first sentence, no one having spoken yet, is the previous paragraph's subject (as for "“…,” he said")
        _paragraph_subjects(earlier.rstrip().rsplit("\n", 1)[-1], resolver)
    return resolver.resolve(phrase) or _surname_named_before(phrase, earlier + own_before, resolver)


def _spoken_sentence(quoted: str, after: str) -> bool:
    """Round 20: is a quote after a bare label ('Tokayev: “…”') a sentence of speech, not a crosshead summing up the
    next paragraphs ('Erdoğan: “HEDEFİMİZ 5 MİLYAR DOLAR”', 'Aliyev: “Peace agenda”'): not in capitals, and ending in a
    full stop, question or exclamation mark (inside the marks or right after them)?"""
    return not quoted.isupper() and (quoted.rstrip()[-1:] in (".", "!", "?", "…") or after.lstrip()[:1] in (".", "!", "?"))


def _in_words_opening_paragraph(m: re.Match, sentence: str, own_before: str, earlier: str,
                                resolver: Resolver) -> Person | None:
    """Round 20: "Mirziyoyev spoke about water.\n\nThe Aral Sea, in his words, remains “…”": a pronoun's words in the
    paragraph's first sentence, which names no one, before anyone has spoken, are the previous paragraph's subject's
    (as the aside "he said" is, _en_aside_speaker); after a speaker, "his" stays no one we can tell (round 12)."""
    pronoun = _OBJECT_PRONOUNS.get((m["spk"] or "").strip().lower())
    if pronoun is None or resolver.last_speaker is not None or not earlier.strip() \
            or own_before.strip() != sentence.strip() or _names_someone(sentence[:m.start()], resolver) \
            or _names_someone(m["rest"], resolver):
        return None
    _paragraph_subjects(earlier.rstrip().rsplit("\n", 1)[-1], resolver)
    return resolver.resolve(pronoun) if resolver.last_speaker is not None else None


def _in_words_paragraph_subject(m: re.Match, sentence: str, own_before: str, earlier: str,
                                resolver: Resolver) -> Person | None:
    """Round 61 (quotesother61): "She points to the corridor. Capacity at Alat remains, in her words, “…”": a
    pronoun's words in a later sentence of a paragraph that opens with a person ("She", "Mammadli") and has no quote
    before it are that person's; the quote's sentence names no one."""
    pronoun = _OBJECT_PRONOUNS.get((m["spk"] or "").strip().lower())
    head = own_before[:len(own_before) - len(sentence)]
    if pronoun is None or not head.strip() or _QUOTE_MARK.search(head) \
            or _names_someone(sentence[:m.start()], resolver) or _names_someone(m["rest"], resolver):
        return None
    found = _subject(_QUOTE_SENTENCE_BREAK.split(head.strip())[0], resolver)
    if found is None:
        return None
    if found[0].rule == "anaphor":  # "She points to …": the pronoun must be the possessive's own
        if _speaker_phrase(found[1]["spk"]).lower() != pronoun:
            return None
    else:
        _paragraph_subjects(head, resolver, earlier)
    return resolver.resolve(pronoun)


# --- round 20 (Azerbaijani, Turkish) ------------------------------------------------------------------
# A case ending glued to the closing mark ('“Azərbaycan–Türkiyə Preferensial Ticarət Sazişi”nin əhatə etdiyi …',
# '"Kalkınma Yolu Projesi"ne', "“…”-ə") declines the quoted words as one noun: the name of a document, a programme, a
# body or a slogan, never someone's statement (Azerbaijani and Turkish decline a quoted statement through a noun after
# it: '"…" sözlerini'). A speech verb glued by a missing space ('"…"dedi') is no ending.
_GLUED_CASE_ENDING = re.compile(r"[’'\-]?[a-zçğıöşüə]{1,8}(?!\w)")
_GLUED_VERBS = frozenset({"dedi", "demiş", "demişti", "diye", "deyə", "deyib", "diyen", "deyən", "diyerek", "deyərək",
                          "derken", "deyərkən", "diyor"})


def _declined_as_a_name(text: str, outer_end: int) -> bool:
    """Does a case ending follow the quote's closing mark with no space ("”nin", '"\'nın', "”-ə")?"""
    if not text[outer_end:outer_end + 1].isalpha() and text[outer_end:outer_end + 1] not in ("'", "’", "-"):
        return False  # most quotes: a space, a comma or a full stop after the mark
    m = _GLUED_CASE_ENDING.match(text, outer_end)
    return m is not None and m[0].lstrip("'’-") not in _GLUED_VERBS


# Round 20: someone's words in quote marks as the object of another's sentence, the owner in the genitive right before
# the quote and a noun for words right after it ('Cumhurbaşkanı Erdoğan'ın "…" sözlerini hatırlatan Uraloğlu, …',
# '…, Aliyev'in "…" ifadesini aktardı', Azerbaijani 'Bayramov Prezident İlham Əliyevin “…” sözlərini xatırladıb'): the
# words are the owner's, whoever recalls them. Not a quote ending in a participle ('Türkiye'nin "her zaman yanınızda
# olduğu" mesajını verdi', the genitive the clause's subject), and not an owner who is no person (a country, a body).
_TURKIC_WORDS_NOUN = re.compile(r"^\s*(?:(?:şeklindeki|yönündeki|şəklindəki)\s+)?(?:sözler|sözlər|sözü|ifadeler|ifadələr|"
                                r"ifades|ifadəs|fikri|fikirlər|mesajı|mesajın|çağrısı|çağırışı|açıklaması|bəyanatı"
                                # round 24: a question asked ('Erdoğan'ın "…?" sorusuna Tokayev, "…" yanıtını verdi')
                                r"|sorusu|sualı)"
                                r"[\w'’]*")
_GENITIVE_BEFORE_QUOTE = re.compile(_GENITIVE_NAME.pattern + r"\s*$")
_TURKIC_PARTICIPLE_END = re.compile(r"\w(?:dığı|diği|duğu|düğü|tığı|tiği|tuğu|tüğü|acağı|eceği|diyi|əcəyi)$")


def _turkic_words_owner(before: str, after: str, quoted: str, resolver: Resolver) -> tuple[Person, int] | None:
    """The owner of the words and the end of the words noun after the quote, when the form holds; else None."""
    if not (m := _TURKIC_WORDS_NOUN.match(after)) or _TURKIC_PARTICIPLE_END.search(quoted.rstrip(" .,!?…")) \
            or not (owner := _GENITIVE_BEFORE_QUOTE.search(before, max(0, len(before) - 80))):
        return None
    name = owner["name"] if "'" in owner[0] or "’" in owner[0] else az_nominative(owner[0].rstrip())
    if resolver.resolve(name, speaking=False) is None:
        return None
    return resolver.resolve(name), m.end()


# Round 21: a partial quote closing a relative clause of speech set off between commas after the sentence's subject
# ("Erhurman, who has repeatedly said he wants ties to be “…”, struck a more cautious note" / "The minister, who
# argued that the port was “…”, left early"): the relative clause's "who" is the subject, so the words are the
# subject's (so are words he named a thing with: "Aliyev, who has called the claims “…”, did not comment"). What stands
# before ", who" must be all of a subject as SUBJECT reads one ("Opposition leader X Y, who …"; not "Japarov met
# Mirziyoyev, who …"); the clause ends with the quote (a comma follows the closing mark); the words before the quote in
# the clause name no one else and hold no second speech word (so "X, who said Y had called it “…”," gives none).
_WHO_SAID = re.compile(r",\s+who\s+(?:has\s+|have\s+|had\s+)?(?:(?:repeatedly|often|long|always|previously|earlier|"
                       rf"also|publicly|openly|{_WHEN_ADVERB})\s+)?(?P<verb>[a-z]+)\s+"
                       r"(?P<rest>[^,“”\"«»„]*(?:,[^,“”\"«»„]*)?)$")
_WHO_SAID_AFTER = re.compile(r"^[.!?]?\s*,\s+[a-z]")  # the relative clause closes and the sentence's verb follows


def _who_said_verb(verb: str, rest: str) -> bool:
    """A verb of saying ("who has said he wants …"), or of naming in the speaker's own words ("who has called the
    claims “…”", "who described the port as “…”")."""
    return verb in _SPEECH_VERB_WORDS or verb in _THAT_VERBS or verb in _NAMING_VERBS \
        or (verb in _AS_VERBS and rest.rstrip().endswith(" as")) \
        or (verb in _PRAISE_VERBS and not rest.strip())  # round 59: "who praised “…”", the quote the praise's object


def _en_who_said_partial(own_before: str, after: str, earlier: str, resolver: Resolver) -> Person | None:
    """The subject before ", who said …“…”," when the form holds, else None."""
    if not _WHO_SAID_AFTER.match(after):
        return None
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    m = _WHO_SAID.search(sentence)
    if m is None or len(m["rest"]) > 160 or not _who_said_verb(m["verb"], m["rest"]) \
            or _SPEECH_WORD.search(m["rest"]) or not _plain_object(_unquote_terms(m["rest"]), resolver):
        return None
    # what stands before ", who" must be all of a sentence's subject, as SUBJECT reads one before a verb
    subject = SUBJECT.match(sentence[:m.start()] + " said")
    if subject is None or subject.end("verb") != m.start() + 5:
        return None
    return _surname_speaker(_speaker_phrase(subject["spk"]), earlier + own_before, resolver)


# Round 22: a naming verb in an infinitive after using an occasion: "Aliyev used his speech to call the bloc “…”",
# "took the opportunity to describe the talks as “…”" (the partial quote the object's name, as after "called it");
# not "to call on/for" (an appeal whose object is no name)
_EN_OCCASION_VERBS = frozenset({"used", "uses", "took", "takes", "seized", "seizes"})
_EN_OCCASION_TO_NAME = re.compile(r"^\s+(?:(?:his|her|the|this|that|a|an|its)\s+)?(?:[\w\-]+\s+){0,3}?to\s+"
                                  r"(?:(?:call|term|dub|brand)\s+(?!on\b|for\b)[^“”\"«»„,;]{1,60}?"
                                  r"|(?:describe|hail|label|characteri[sz]e|portray)\s+[^“”\"«»„,;]{1,60}?\s+as)\s*$")
# Round 22: the subject of an absolute clause after "with" ("Leaders met in Antalya, with Turkish President X urging
# members to build what he called “…”", "…, with X saying the deal was “…”"): the person whose participle the clause
# holds; only a participle, so "with President X and his wife" names no speaker
# (round 59, quotesen59: a lower-case word of the host's or guest's part before the title, "with host President X Y
# urging partners to turn declarations into “…”", and "urging" among the participles, as "urged" is a speech verb)
_EN_WITH_CLAUSE = re.compile(r",\s+with\s+(?:(?:host|visiting|guest)\s+)?(?=[A-Z])")
_EN_WITH_SPEECH_PARTICIPLES = frozenset({"saying", "adding", "noting", "stressing", "insisting", "warning", "arguing",
                                         "urging"})


def _with_participle_subject(clause: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    """The person a "with" clause opens with, when a participle follows them ("with Erdogan urging …")."""
    found = _subject(clause, resolver)
    return found if found and found[1]["verb"].endswith("ing") else None


# Round 22: a quote's attribution goes on with a participle naming its object, the partial quote the name: '“…,” Aliyev
# said on Tuesday, calling the project “…”' / '“…,” she said, describing the talks as “…”' (the first quote's
# speaker's words, as "adding that" makes them); the attribution before the comma holds no other speech word
_EN_ATTRIBUTION_THEN_CALLING = re.compile(r"^[^.!?;:“”\"«»„]{0,80}?(?P<calling>,\s+(?:calling|describing|terming|"
                                          r"dubbing|branding)\s+[^.!?;:,“”\"«»„]{1,60})$")


def _attribution_then_naming(gap: str, resolver: Resolver) -> bool:
    """Does the text between a quote and a partial quote end its attribution with a participle naming an object no one
    else named ("…,” he said, calling it “…”)?"""
    if _QUOTE_MARK.search(gap):  # round 25: a quoted term in the object, 'describing the “Turkic century” as “…”'
        gap = _unquote_terms(gap)
    m = _EN_ATTRIBUTION_THEN_CALLING.match(gap)
    return bool(m) and _CALLING_END.search(m["calling"]) is not None \
        and not _names_someone(m["calling"], resolver)


# Round 22: a sentence that opens with a quote too short to be one (fewer than MIN_WORDS words, so no speaker was
# found for it) and goes on with its attribution and a partial quote: '“We are brothers,” X said, adding that the two
# countries were “…”' reads as "X said, adding that …" (a longer first quote is found and "adding that" follows it)
_EN_OPENING_MARKS = frozenset("“\"")
_EN_SHORT_QUOTE_OPENING = re.compile(r"^[“\"](?P<quoted>[^“”\"«»„]{1,60}?)[,!?]?[”\"],?\s+(?=[A-Z])")


# Round 22: a partial quote after a verb in the perfect, "Orbán has long described Hungary as “…”", "X has repeatedly
# called the route “…”", "has said the bloc was “…”": the participle is the verb the rules read (an adverb of time or
# manner between); "has been" is no participle of speech
_EN_PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
# (round 25: a time between the auxiliary and the participle, "has in recent months repeatedly called", "has over the
# years described", "has for years called")
_EN_PERFECT_PARTICIPLE = re.compile(r"^\s+(?:(?:in|over|for|during)\s+(?:the\s+)?(?:recent|past|last\s+few|last)?\s*"
                                    r"(?:days|weeks|months|years|year|decade)\s+)?"
                                    r"(?:(?:long|repeatedly|often|always|previously|also|already|publicly|"
                                    # round 27: "since", "X has since repeated that “…”" (after an event told before)
                                    r"consistently|frequently|recently|since)\s+)?(?P<participle>said|told|(?!been\b)[a-z]+ed)\b")


# Round 22: a slogan, principle or concept named as such right after its quote marks ('iki ülkenin “tek millet, iki
# devlet” anlayışıyla hareket ettiğini', '"…" ilkesi çerçevesinde', '"…" vizyonunu', '"…" formülüyle', Azerbaijani
# '"…" prinsipi', '"…" konsepsiyası'): the quoted words are the concept's name, no one's statement. The noun's stem
# is matched with any case ending ("anlayışıyla", "ilkesine", "vizyonumuz").
_CONCEPT_NOUN = re.compile(r"\s*(?:anlayış|ilke|vizyon|formül|formul|slogan|şiar|şüar|prensib|prensip|doktrin|"
                           r"konsept|prinsip|konsepsiya|düstur|motto|ideya|deviz|strategiya|"
                           # round 52 (quotes52a): a campaign's slogan ('“…” kampaniyası ilə maraqlandığını')
                           r"kampaniya|kampanya)\w*", re.IGNORECASE)


# Round 52 (quotes52a): a quoted name of a slogan or campaign inside the sentence before a naming verb ('… “…”
# kampaniyası ilə maraqlandığını deyib və bu təcrübəni “…” adlandırıb'): no quote of another speaker in that sentence
_AZ_CONCEPT_QUOTED = re.compile(r"[“«\"][^“”«»\"]{1,80}[”»\"](?="
                                + _CONCEPT_NOUN.pattern.replace(r"\s*", r"\s", 1) + ")", re.IGNORECASE)


def _named_concept(text: str, outer_end: int) -> bool:
    """Does a noun for a slogan or concept ('anlayışıyla', 'ilkesi') follow the quote's closing mark?"""
    return text[outer_end:outer_end + 1] == " " and _CONCEPT_NOUN.match(text, outer_end) is not None


# Round 22: a subheading of a name, a colon and a quote that ends the line ('Bolat: "Hedeflerimize yaklaşıyoruz"',
# Aydınlık, Hürriyet, Sabah): the words are that person's. Not in the headline (_headline_speakers reads it) and not
# in capitals ('ERDOĞAN: "HEDEFİMİZ 5 MİLYAR DOLAR"' is the editor's banner, no one's words as said). The name is
# one the office holders table knows, one given with a title, or a surname alone of someone the article named in full
# before (a bare capitalised word, "Orta Koridor: “…”", names no one), else in full right below the subheading
# ('Bolat: "…"' over "Ticaret Bakanı Ömer Bolat, …": subheadings often come before the body names the speaker in full).
_NAME_COLON_LINE = re.compile(rf"^\s*(?P<spk>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,3}})\s*:\s*$")


def _name_colon_subheading(before: str, after: str, below: str, resolver: Resolver) -> Person | None:
    """The speaker of a 'Surname: "…"' line (`below`: the text after it), else None."""
    if ":" not in before or after.strip(" .!?") or not (m := _NAME_COLON_LINE.match(before)):
        return None
    person = resolver.resolve(m["spk"], speaking=False)
    if person is None and (names := full_names(below, m["spk"])):
        person = resolver.resolve(names[0][0], speaking=False)
        return person if person is not None and " " in person.name else None
    if person is None or person.rule == "anaphor":
        return None
    named_before = " " not in m["spk"] and " " in person.name and person.rule != "unlisted name"
    return person if _titled_or_known(person) or named_before else None


# Round 24: thanks or praise for what the partial quote names, its object whoever was thanked ("Berdimuhamedow thanked
# his host for the “…”", "congratulated Tokayev on the “…”", "commended Baku for its “…”"): the words are the thanker's,
# a person named as the one thanked no speaker. Only a short object and "for"/"on" and up to three lower-case words
# before the quote: no clause (no relative, no quote mark, no speech word) in which someone else may speak.
# Round 73 (visits73a): the thanked one named, then a naming participle whose object is no one ("He also thanked
# Berdimuhamedov for winter electricity supplies, calling Turkmenistan “a reliable partner …” for Kyrgyz households",
# dev/1158): the thanking subject names the object so, whoever he thanked
_EN_THANKED_THEN_NAMING = re.compile(r"^\s+[^,;:.!?“”\"«»„]{1,60}?\s+for\s+[^,;:.!?“”\"«»„]{1,80}?,\s+"
                                     r"(?P<naming>calling|describing|terming|dubbing|branding|hailing)\s+"
                                     r"(?P<object>[^,;:.!?“”\"«»„]{1,40}?)(?:\s+as)?\s*$")


def _en_thanked_then_naming(rest: str, resolver: Resolver) -> bool:
    """Does the rest after a thanking verb tell the thanked one and what for, then name an object that is no person
    by a naming participle (_EN_THANKED_THEN_NAMING), with no speech word before it?"""
    m = _EN_THANKED_THEN_NAMING.match(rest)
    return bool(m) and not _SPEECH_WORD.search(rest, 0, m.start("naming")) and _plain_object(m["object"], resolver)


_EN_THANK_VERBS = frozenset({"thanked", "thanks", "congratulated", "congratulates", "commended", "commends",
                             "praised", "praises", "lauded", "hailed"})
_EN_THANKED_FOR = re.compile(r"^\s+(?!(?:that|what|how|whom?)\b)[^,;:.!?“”\"«»„]{1,60}?\s+(?:for|on)\s+"
                             r"(?:(?:the|its|his|her|their|our|a|an|this|what\s+(?:was|were|is|are))\s+)?"
                             r"(?:[a-z][\w\-]*\s+){0,3}$")


# Round 24: the reported speech that makes its subject the last speaker for a quote is the paragraph's running text
# after its last quote: "X told Eurasianet that the visit was “…”. Another analyst, Y, was less upbeat: the deals, she
# said, were “…”" (X's "told … that" ended with X's own quote; "she" is Y, whom the sentence after it names). A quoted
# term of fewer than MIN_WORDS words is no quote ("Aliyev said that the “Middle Corridor” was …" stays his).
def _after_last_full_quote(before: str) -> str:
    if not _QUOTE_MARK.search(before):
        return before
    terms = [m.span() for m in _SHORT_QUOTED.finditer(before) if _words(m[1]) < MIN_WORDS]
    for mark in reversed(list(_QUOTE_MARK.finditer(before))):
        if not any(a <= mark.start() < b for a, b in terms):
            return before[mark.end():]
    return before  # (the marks kept: '… X "Səs"ə açıqlamasında bildirib ki' names X, not "X Səsə")


# Round 24: a relative clause between commas inside the reported clause, which may name another and his words ("Japarov
# said the agreement, which Tokayev had described as “historic”, would “…”"), is an aside: the clause around it is the
# subject's, and the quote ending it his. Only an aside holding no quote of its own (a term of under four words is read
# unquoted, _unquote_terms) and closed by its comma before the quote.
_EN_PARENTHETICAL_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\s[^,;:.!?“”\"«»„]{1,120},")
# Round 29: the same aside with its relative pronoun after a noun and "of" ("the railway, construction of which began in
# 2024, as “…”", "the plant, the first stage of which opens next year,"): the object's own description, naming no speaker
_EN_PARENTHETICAL_OF_WHICH = re.compile(r",\s+(?:[a-z][\w\-]*\s+){1,3}of\s+which\s[^,;:.!?“”\"«»„]{1,120},")


# --- round 24 (Russian, Azerbaijani) ------------------------------------------------------------------------------
def _without_quoted_names(rest: str) -> str:
    """`rest` with each short term in quote marks (fewer than MIN_WORDS words: a company's, a project's or a centre's
    name, "«Центральная Азия»", "«Хоргос»") taken out whole: a reported sentence that names a thing so still holds no
    one else's words, and the name, read as words, is no person either ("Центральная Азия" is no unlisted name)."""
    return _SHORT_QUOTED.sub(lambda t: " " if _words(t[1]) < MIN_WORDS else t[0], rest) if "«" in rest or "\"" in rest \
        else rest


# A Russian sentence whose subject is a country's adjective and a bare title, no name ("Турецкий министр назвал
# соглашения «…»", "Выступая на форуме, казахстанский президент отметил, что …"): the title resolves to that
# country's minister named last or the holder of the office (Resolver), as "глава государства" does (_ru_head_subject)
_RU_DEMONYM_TITLE_SUBJECT = re.compile(r"(?:^|,\s+)(?P<spk>[А-ЯЁа-яё][а-яё]+(?:ий|ый)\s+"
                                       r"(?:министр|президент|лидер|премьер"
                                       r"|сопредседатель))"  # round 56 (quotesru56): Resolver._co_chair_of
                                       r"(?:,\s+(?P<aside>[а-яё][^,«»“”\"]{0,80}),)?\s+(?:(?:также|тоже|затем)\s+)?"
                                       r"(?P<verb>[а-яё][\w\-]*)")


def _ru_demonym_title_subject(sentence: str, resolver: Resolver) -> tuple[Person, re.Match] | None:
    m = _RU_DEMONYM_TITLE_SUBJECT.search(sentence)
    if m is None or (m["aside"] and _names_someone(m["aside"], resolver)):
        return None
    person = resolver.resolve(m["spk"], speaking=False)
    return (person, m) if person else None


# Round 24: a quote in marks opened by a dash right after the last quote's attribution ("«…», – сказал эксперт
# агентству. – «Но …»", "«…», – deyə nazir bildirib. – «…»"): the dash takes up the same voice again, as a dash line
# under it would; only a dash between (any word there is running text of its own). Round 43: or a comma before it,
# the sentence going on after the attribution ('"…", - deyə o qeyd edib, - "…".', «…», – сказал он, – «…»)
_DASH_GAP = re.compile(r"\s*[.,!?]?\s*[-–—]\s*")  # fullmatch of the text between the two quotes (the attribution's stop
# may be left out of the last quote's span, as after "– deyə nazir X Y bildirib")


# Round 24: Azerbaijani reported speech with its clause nominalised and the verb last, no quote marks: "Azərbaycan
# Prezidenti dövriyyənin 600 milyon dolları ötdüyünü diqqətə çatdırıb." (that it exceeded, he pointed out) makes the
# person opening the sentence the last speaker, as "… bildirib ki, …" does (AZ_INDIRECT): a later '"…", - deyə Prezident
# bildirib' is he, not whoever spoke before
AZ_NOMINALISED_REPORT = re.compile(rf"\w(?:dığını|diyini|duğunu|düyünü|acağını|əcəyini)\b[^.!?“”«»\"]{{0,120}}?"
                                   rf"\b(?:{AZ_VERBS})\s*[.!]")


# a title or an -ov/-ev surname in the genitive or another case in the sentence's opening ("Statistika Komitəsi
# Türkmənistan Prezidentinin səfərindən sonra …", "Əliyevin tapşırığı ilə …") names the one the subject is about, not
# the subject (a country's genitive, "Türkiyənin ticarət naziri X Y", is the title's own)
_AZ_OBLIQUE_TITLE = re.compile(r"[iıuü]n[ıiuü]n$")


def _az_nominalised_report(body: str, resolver: Resolver) -> None:
    """The last sentence of `body` in that form makes its opening person (a name or a titled office, in the nominative;
    not a pronoun or a bare title, which mean the last speaker already) the last speaker."""
    reports = list(AZ_NOMINALISED_REPORT.finditer(body))
    if not reports:
        return
    sentence = _SENTENCE_BREAK.split(body[:reports[-1].end()].strip())[-1]
    if _QUOTE_MARK.search(sentence) or not _az_nominative_opening(sentence):
        return
    person = _clause_subject(sentence, resolver, speaking=False)
    if person is not None and person.rule != "anaphor" and _opens_with(sentence, person, resolver):
        resolver.resolve(person.name)


def _az_nominative_opening(sentence: str) -> bool:
    """Are the opening words of the sentence (before "isə" or a comma, else its first four, as _opens_with reads them)
    free of a title or surname in an oblique case?"""
    end = _AZ_SUBJECT_END.search(sentence)
    words = (sentence[:end.start()] if end else sentence).split()[:_SUBJECT_WORDS]
    return not any(_AZ_OBLIQUE_TITLE.search(word) or _AZ_SURNAME_CASE.search(word) for word in words)


# Round 24: a full name right after a body's short name in quote marks ("Председатель правления АО «КТЖ» Нурлан
# Сауранбаев прибыл …", "директор ТОО «Silk Cargo» Айдар Нуров"): the term splits the running text where
# Resolver.note_names_in reads it, so the title before it is read again with the name (find_quotes)
_NAME_AFTER_TERM = re.compile(rf"\s+[{CAPITALS}][\w\-]+\s+[{CAPITALS}][\w\-]+")


# Round 24: a capitalised title and its state's name in the genitive before a full name ("Президент Узбекистана Шавкат
# Мирзиёев выступил …", "Посол Турции Мехмет Шахин"): four capitalised words, of which _CYRILLIC_NAME would read the
# first three as one name (cutting the surname off); the title and the state are no part of it (_ru_one_named)
_RU_TITLE_COUNTRY = re.compile(r"(?<![\w\-])(?:Президент|Министр|Председатель|Глава|Посол|Премьер|Спикер|Аким|Хоким)"
                               r"\s+[А-ЯЁ][а-яё]+(?=\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\s+[А-ЯЁ])")


# Round 24: an Azerbaijani bare "Prezident" after a quote or in a dash line's attribution ('"…", - deyə Prezident
# vurğulayıb', "– …, – Prezident bildirib.") before anyone has spoken: the head of state the running text before it
# opens a sentence with ("İlham Əliyev mərasimdə çıxış edib.", "Prezident İlham Əliyev qonaqları salamlayıb."); a
# minister or anyone else there is no one "Prezident" means (people.Resolver gives none then)
# The same for "the head of state" ('"…", – deyə dövlət başçısı vurğulayıb'), which before anyone spoke would
# otherwise be the first head of state the article named (the guest in a visit's lead), not the one just said to speak
_AZ_HEAD_AFTER = re.compile(r"\s*[,.]?\s*[-–—]?\s*(?:deyə\s+)?(?:Prezident|dövlət\s+başçısı)\s+"
                            r"(?:qeyd\s+|əlavə\s+|bəyan\s+)?\w+(?:ıb|ib|ub|üb)\b")
# A sentence opened by a participle of speaking before its subject ("Mətbuata bəyanatlarla çıxış edən Prezident X Y
# səfərin … bildirib.", "Forumda iştirak edən …"): the subject is the name after it
_AZ_SPEAKING_PARTICIPLE_OPENING = re.compile(r"^(?:[^\s,.]+\s+){0,3}?(?:çıxış\s+edən|iştirak\s+edən|danışan)\s+")


def _az_head_lead(lead: str, resolver: Resolver) -> None:
    """The head of state opening the last sentence of `lead` (no quote in it), or opening it after a participle of
    speaking, becomes the last speaker."""
    body = lead.strip()
    if not body or _QUOTE_MARK.search(body):
        return
    person = _clause_subject(body, resolver, speaking=False)
    if person is None or person.rule == "anaphor" or person.role != officeholders.HEAD_OF_STATE:
        return
    if _opens_with_after_speaking(body, person, resolver):
        resolver.resolve(person.name)


def _opens_with_after_speaking(lead: str, person: Person, resolver: Resolver) -> bool:
    """_opens_with, or the same after a participle of speaking that opens the last sentence ("Azadlıq qəzetinə
    danışan iqtisadçı X Y hesab edir ki, …", "Mətbuata bəyanatlarla çıxış edən Prezident X Y …")."""
    if _opens_with(lead, person, resolver):
        return True
    last = _SENTENCE_BREAK.split(lead.strip())[-1]
    return (" edən " in last or "danışan " in last) \
        and _opens_with(_AZ_SPEAKING_PARTICIPLE_OPENING.sub("", last, count=1), person, resolver)


# Round 24: a Russian surname alone after the verb ("«…», — сказал Садыков") that no rule resolves is the one the
# article named in full with it before, untitled ("На форуме Ерлан Садыков и Айдар Нуров подписали …"), as
# _surname_named_before reads a Latin one. The word before it must be a given name, no adjective ("Казахстанский Минфин
# опубликовал …" then "— сообщил Минфин" is a ministry; a state before it, "Казахстана Нуров", the resolver rejects)
# (round 51, quotes_gaps51: a Kazakh or Kyrgyz letter in it too, "— подчеркнул Қилыбай" after "Нурдаулет Қилыбай")
_RU_SURNAME_ALONE = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?")
_RU_ADJECTIVE_END = re.compile(r"(?:ский|цкий|ный|ной|ый|ая|яя|ое|ее|ые|ие|ого|его|ых|их)$")


def _ru_capital(letter: str) -> bool:
    """Round 51 (quotes_gaps51): is `letter` a Cyrillic capital, a Kazakh or Kyrgyz one too ("Қилыбай")?"""
    return "А" <= letter <= "Я" or (letter != "" and letter in KAZAKH_KYRGYZ_CAPITALS)


# Round 68 (transcru68): a Russian press conference's transcript with each answer under the speaker's surname alone
# ("Шаккалиев: Мы провели …" / "Вопрос (Kapital.kz): …?" / "Шаккалиев: …" / "Надь: Я полностью согласен …", dev/1099):
# an answer when a neighbouring paragraph is a question or another such turn, its person the one named in full before
_RU_SURNAME_LABEL_LINE = re.compile(rf"^(?P<spk>{_RU_SURNAME_ALONE.pattern})\s*:\s+(?P<q>\S.{{10,}})$", re.S)


def _ru_surname_turn_beside(text: str, paras, index: int) -> bool:
    """Is a paragraph next to paragraph `index` a question, or another turn under a Russian surname label?"""
    for k in (index - 1, index + 1):
        if 0 <= k < len(paras):
            body = text[slice(*paras[k])].strip()
            if body.rstrip("»\" ").endswith("?") or _RU_SURNAME_LABEL_LINE.match(body):
                return True
    return False


def _ru_surname_label_answer(m: re.Match, text: str, paras, a: int, resolver: Resolver) -> Person | None:
    """The person whose answer a paragraph at `a` under a Russian surname label `m` is (not the lead, not a
    question, a question or another turn beside it, the surname named in full before); else None."""
    index = next((i for i, (start, _) in enumerate(paras) if start == a), 0)
    if not _ru_surname_turn(m, text, paras, index):
        return None
    return _ru_surname_named_before(m["spk"], text[:a], resolver)


def _ru_surname_turn(m: re.Match, text: str, paras, index: int) -> bool:
    """Is the Russian surname-labelled line `m` (paragraph `index`) an answer: not the lead, asking nothing, a question
    or another such turn beside it?"""
    return index >= 2 and not m["q"].rstrip("»\" ").endswith("?") and _words(m["q"]) >= MIN_WORDS \
        and _ru_surname_turn_beside(text, paras, index)


def _ru_surname_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not _RU_SURNAME_ALONE.fullmatch(phrase):
        return None
    names = [m for m in full_names(earlier, phrase)
             if not _RU_ADJECTIVE_END.search(m[1])]
    return resolver.resolve(names[-1][0]) if names else _ru_surname_declined_before(phrase, earlier, resolver)


# Round 42: or named in full only in a declined case ("делегация во главе с полпредом … Азаматом Токтосуновым" before
# "— …, — отметил Токтосунов."): the instrumental, genitive or dative full name read back in the nominative, when that
# gives the surname as the attribution writes it (a form no reading turns into it names someone else)
_RU_DECLINED_SURNAME_ENDS = ("ым", "ом", "ой", "а", "у", "ы", "е")


def _ru_surname_declined_before(surname: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person a Russian surname alone means when `earlier` names him in full only in a declined case."""
    if surname not in earlier:
        return None  # a cheap gate: the declined surname holds the nominative's letters ("Токтосуновым")
    found = None
    for m in re.finditer(rf"([А-ЯЁ][а-яё]+)\s+{re.escape(surname)}([а-яё]{{1,2}})\b", earlier):
        if m[2] not in _RU_DECLINED_SURNAME_ENDS or _RU_ADJECTIVE_END.search(m[1]):
            continue
        for read in (ru_nominative, ru_nominative_of_genitive, ru_nominative_of_dative):
            if (name := read(m[0])).split()[-1] == surname and name.split()[0] != m[1]:
                found = name
                break
    return resolver.resolve(found) if found else None


# Round 24: an Azerbaijani dash line attributed to the pronoun ("– …, – o deyib.", "– deyə o bildirib.") under a paragraph
# about a named person ("Deputat X Y Qafqazinfo-ya danışıb."): that person, as for a quote in marks (AZ_PRONOUN_AFTER)
_AZ_DASH_PRONOUN = re.compile(r"(?:deyə\s+)?o\s+(?:qeyd\s+|əlavə\s+|bəyan\s+)?\w+(?:ıb|ib|ub|üb)\.?")


# Round 24: a subheading of a name, a colon and words with no quote marks ("Aliyev: Orta Koridor'un yükü artıyor",
# "Tokayev: Trade with Baku will double", "Алиев: …") is the editor's summary, no quote: a quote needs quote marks or a
# dash-led line of speech. A subheading is one line ending in no stop, "!", "?" or "…"; a transcript's line is a
# sentence ("Ilham Aliyev: Relations … are developing successfully in all areas."), and an answer line right after a
# question ("Soru: …?" / "RailFreight.com: And the tariffs?") stays one, stop or not. (This supersedes round 21's
# `_drop_subheading_summaries`, which dropped only a subheading that a later quote of the same speaker held word for
# word, keeping one with words of its own as his quote.)
_SUBHEADING_NOT_END = frozenset(".!?…:;")


def _unmarked_subheading(text: str, paras, a: int, b: int) -> bool:
    """Is the label paragraph text[a:b] ("Aliyev: …", no quote marks) a subheading rather than a transcript's line?"""
    body = text[a:b].strip()
    if "\n" in body or body[-1:] in _SUBHEADING_NOT_END:
        return False
    return not _previous_paragraph(text, paras, a).rstrip().endswith("?")


# Round 24: the Turkish colon form after a participle's clause, 'Tokayev ile görüşen Cumhurbaşkanı Erdoğan, görüşmenin
# ardından şunları söyledi: "…"' ("Orban'ı kabul eden …", "Koşerbayev ile bir araya gelen Fidan, …"): the name set off by
# the comma after the participle speaks, as in the partial-quote form ('… görüşen Y, … "…" olduğunu söyledi',
# _tr_verb_final_subject), the people of the participle's clause named in another case ("Tokayev ile", "Orban'ı") no
# speakers; _colon_subject takes a sentence naming two people for no one's. Two subjects ("görüşen Erdoğan ve Tokayev,")
# or a second person in the nominative after the comma still give no one.
def _tr_participle_colon(tail: str, resolver: Resolver) -> Person | None:
    """The speaker of a quote after 'X ile görüşen Y, … şunları söyledi:' (`tail` ends with the colon), else None."""
    if not (TR_COLON_VERB.search(tail) or TR_COLON_VERB_MORE.search(tail)):
        return None
    return _tr_verb_final_subject(tail.rstrip(" :\n"), resolver) or None


# Round 24: a bare occupation opening the quote's sentence, its verb after the quote ('Ekonomist, … dikkat çekerek, "…"
# dedi.', "Akademisyen, …", "Analist, …"), means the one person the article introduced with that occupation before
# ("ekonomist Doç. Dr. X Y", "Ekonomist X Y", "enerji analisti X Y"; academic titles between), whoever the sentence
# before names ("Ticaret Bakanı Ömer Bolat da Taşkent'e gitti." names no economist); none when the article introduced
# none or two, or the sentence names someone itself
_TR_EXPERT_WORDS = ("ekonomist", "iktisatçı", "akademisyen", "analist",
                    "uzman")  # round 32: 'Uzman, "…" diye konuştu.' after "… uzmanı Doç. Dr. X Y"
_TR_EXPERT_OPENING = re.compile(r"(?P<title>[Ee]konomist|[İi]ktisatçı|[Aa]kademisyen|[Aa]nalist|[Uu]zman)"
                                r"(?:\s+(?:ise|de|da))?(?=[\s,])")
_TR_EXPERT_NAMED = {word: re.compile(rf"(?<![\w\-])[{'İ' if word[0] == 'i' else word[0].upper()}{word[0]}]{word[1:]}"
                                     rf"(?:i|ı)?\s+(?:(?:Prof|Doç|Dr|Yrd|Öğr)\.\s*|Üyesi\s+){{0,3}}"
                                     rf"(?P<spk>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{1,2}})(?![\w'’\-])")
                    for word in _TR_EXPERT_WORDS}


def _tr_expert_gate(own_before: str) -> bool:
    """A cheap check before _tr_expert_named_before: does the quote's paragraph hold one of the occupation words?"""
    return "konomist" in own_before or "ktisatçı" in own_before or "kademisyen" in own_before or "nalist" in own_before \
        or "Uzman" in own_before  # round 32


def _tr_expert_named_before(earlier: str, own_before: str, after: str, resolver: Resolver):
    """(speaker, span end) of a quote whose sentence opens with a bare Turkish occupation, else None. `earlier`: the
    article before the quote's paragraph."""
    sentence = _SENTENCE_BREAK.split(own_before.strip())[-1]
    if not (m := _TR_EXPERT_OPENING.match(sentence)) or not (verb := _BARE_TITLE_VERB_AFTER.match(after)) \
            or _QUOTE_MARK.search(sentence) \
            or any(resolver.resolve(run, speaking=False) for run in _capital_runs(sentence[m.end():])):
        return None
    title = m["title"].lower().replace("i̇", "i")  # "İktisatçı".lower() keeps the dot above
    introduced = _TR_EXPERT_NAMED[title].finditer(earlier + own_before[:own_before.rfind(sentence)])
    named = {person.name: person for n in introduced
             if (person := resolver.resolve(n["spk"], speaking=False)) is not None and not person.role}
    return (resolver.resolve(next(iter(named))), verb.end()) if len(named) == 1 else None


# Round 24: a Turkish verb-final attribution going on to a colon and a second quote in the same sentence ('Fidan, "…" dedi
# ve ekledi: "…"', '… diye konuştu ve şöyle devam etti:', "dedi ve şunları söyledi:"): no new subject, so the first
# quote's speaker says the second too
_TR_AND_ADDED_COLON = re.compile(rf"\s*[,.]?\s*(?:(?:{TR_VERBS})\s+)?ve\s+(?:(?:şöyle|şunları|sözlerini)\s+)?"
                                 r"(?:ekledi|devam etti|sürdürdü|konuştu|söyledi|kaydetti|dedi)\s*:\s*$")


# Round 24: the words' owner in the genitive before a relative participle of saying, the quote and a noun for words
# after it ('Tokayev'in Erdoğan'a söylediği "…" sözleri salonda alkışlandı', "Aliyev'in zirvede kullandığı "…" ifadesi",
# "Erdoğan'ın dile getirdiği "…" mesajı"): the owner's words, as in the round-20 form with the genitive right before the
# quote; the words between may name others in another case only ("Erdoğan'a"), not a second subject
_TR_RELATIVE_SAID_ENDS = frozenset({"iği", "ığı"})  # söylediği, dediği, kullandığı, … (a cheap gate in _attribute)
_TR_SAID_WORDS_OWNER = re.compile(_GENITIVE_NAME.pattern + r"(?P<between>(?:\s+(?![^\s'’]+['’]n?[ıiuü]n\s)"
                                  r"[^\s“”\"«»„,.;:!?]+){0,5}?)\s+"  # (the owner the genitive nearest the participle)
                                  r"(?:söylediği|dediği|kullandığı|dile getirdiği|vurguladığı|ifade ettiği|belirttiği|"
                                  r"yazdığı|paylaştığı|verdiği)\s*$")


def _turkic_said_words_owner(before: str, after: str, resolver: Resolver) -> tuple[Person, int] | None:
    """(owner, end of the words noun after the quote) of 'X'in … söylediği "…" sözleri', else None."""
    if not (m := _TURKIC_WORDS_NOUN.match(after)) \
            or not (owner := _TR_SAID_WORDS_OWNER.search(before, max(0, len(before) - 120))):
        return None
    person = resolver.resolve(owner["name"], speaking=False)
    if person is None or not _others_oblique(owner["between"], person, resolver):
        return None
    return resolver.resolve(owner["name"]), m.end()


# Round 24: words in the genitive of someone the rules cannot name ('Erdoğan, Atatürk'ün "…" sözlerini kullandı', '…
# Mevlana'nın "…" sözleriyle bitirdi'; _turkic_words_owner gave no owner) are still not the subject's, who only recalls
# them. A country or a body in the genitive ('Türkiye'nin "…" mesajını verdi') speaks through the subject, and a quote
# ending in a participle ('Aliyev'in "… olduğu" mesajını') has the genitive for its clause's subject: those stay his.
def _tr_unknown_owners_words(before: str, after: str, quoted: str) -> bool:
    if not _TURKIC_WORDS_NOUN.match(after) or _TURKIC_PARTICIPLE_END.search(quoted.rstrip(" .,!?…")) \
            or not (owner := _GENITIVE_BEFORE_QUOTE.search(before, max(0, len(before) - 80))):
        return False
    return not places.is_place_word(owner["name"].split()[-1]) and not _TR_BODY_OR_SOURCE.search(owner["name"])


# Round 24: words "from" someone, the name in the ablative before the quote and a noun for words after it, as Turkish
# headlines and leads give a statement ('Bakan Bolat'tan "…" açıklaması', 'Erdoğan'dan Türk dünyasına "…" mesajı',
# "Erdoğan'dan gelen "…" çağrısına"): that person's words. Up to three words between may name whom it was for, in
# another case ("Türk dünyasına", "Erdoğan'a"), not a subject of its own ("Erdoğan'dan sonra Aliyev "…" açıklamasını
# yaptı" is Aliyev's); a place in the ablative ("Bakü'den") names no one.
_TR_ABLATIVE_BEFORE_QUOTE = re.compile(rf"(?P<name>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}})"
                                       r"['’](?:dan|den|tan|ten)(?P<between>(?:\s+[^\s“”\"«»„,.;:!?]+){0,3}?)\s*$")
_TR_ABLATIVE_ENDS = ("dan ", "den ", "tan ", "ten ")


def _tr_ablative_gate(before: str) -> bool:
    """A cheap check: an ablative ending among the last words before the quote?"""
    tail = before[-60:]
    return any(end in tail for end in _TR_ABLATIVE_ENDS)


def _turkic_words_from(before: str, after: str, text: str, resolver: Resolver) -> tuple[Person, int] | None:
    """(speaker, end of the words noun) of 'X'ten "…" açıklaması', else None. A surname alone the rules do not know yet
    (a headline's "Bakan Bolat'tan") is the one the article names in full with it ("Ticaret Bakanı Ömer Bolat")."""
    if not (noun := _TURKIC_WORDS_NOUN.match(after)) \
            or not (m := _TR_ABLATIVE_BEFORE_QUOTE.search(before, max(0, len(before) - 100))):
        return None
    name = m["name"].split()[-1] if m["name"].split()[0].lower() in _TR_BARE_TITLES else m["name"]
    if resolver.resolve(name, speaking=False) is None and (named := full_names(text, name)):
        name = named[0][0]
    person = resolver.resolve(name, speaking=False)
    if person is None or not _others_oblique(m["between"], person, resolver):
        return None
    return resolver.resolve(name), noun.end()


_TR_BARE_TITLES = frozenset({"bakan", "başkan", "cumhurbaşkanı", "başbakan"})  # "Bakan Bolat'tan": the surname's


# Round 24: the one person a Turkish colon sentence names is no speaker when named in another case ("Tokayev ile görüşen
# heyet, şunları söyledi:", "Erdoğan'a teşekkür eden yetkili, şunları söyledi:"): whom the subject met or thanked
def _tr_oblique_run(clause: str, run: str) -> bool:
    last = _last_word_before_place_of_stay(run)  # round 25: "Erdoğan Bakü'de konuştu:" declines the place, not him
    return "'" in last or "’" in last or clause.find(run + " ile ") >= 0


# Round 24: the person a Turkish verb-final sentence names only with "ile" (with) is whom the subject met, not the
# speaker ('Bakan, Kazakistan Ticaret Bakanı Arman Şakkaliyev ile görüştükten sonra "…" dedi': the minister, whom the
# rules cannot name, said it; "Yetkili, X Y ile görüştükten sonra …"). A subject opening the sentence in the nominative
# ("Bolat, Şakkaliyev ile görüştükten sonra …") is what _clause_subject takes first, so it is never this person; one
# named with "ile" and again in the nominative ("Bolat ile Şakkaliyev'in görüşmesinde Bolat, …") is the subject.
def _tr_met_with(before: str, person: Person, resolver: Resolver) -> bool:
    sentence = _SENTENCE_BREAK.split(before)[-1]
    with_ile = False
    for run in _TR_NAME_RUN.finditer(sentence):
        if (other := resolver.resolve(run[0], speaking=False)) is None or other.name != person.name \
                or other.rule == "anaphor":  # a bare title ("Bakan") names no one here
            continue
        if not sentence.startswith(" ile ", run.end()):
            return False  # named in the nominative (or in a case, "Şakkaliyev'in") too
        with_ile = True
    return with_ile


# Round 24: "according to" someone introduced by a participle's clause, the form TR_ACCORDING reads at the sentence's
# start ('Anadolu Ajansına konuşan Prof. Dr. Cemal Arslan'a göre, "…"', "Gazetecilerin sorularını yanıtlayan Tokayev'e
# göre, …"): that person, the clause naming others in another case only; the rest of the sentence names no one
_TR_PARTICIPLE_ACCORDING = re.compile(rf"^(?P<lead>[^,“”\"«»„]*?\b[a-zçğıöşü]+(?:en|an))\s+{_ACADEMIC_TITLES}"
                                      rf"(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}})['’](?:y?[ae])\s+"
                                      r"göre\b,?")


def _tr_participle_according(own_before: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK_NOT_TITLE.split(own_before)[-1].lstrip()
    if not (m := _TR_PARTICIPLE_ACCORDING.match(sentence)) or not _plain_object(sentence[m.end():], resolver) \
            or (person := resolver.resolve(m["spk"], speaking=False)) is None \
            or not _others_oblique(m["lead"], person, resolver):
        return None
    return resolver.resolve(m["spk"])


# Round 24: a headline that is a label and a quote ('Tokayev: “…”', 'Erdoğan: "…"', 'Токаев: «…»', 'Əliyev: "…"') is
# the labelled person's quote, as the convention counts a headline's quote: the label a known holder's name or surname,
# or a person the body names in full ("Aida Karimova: “…”" over "Aida Karimova, an analyst at …"). A label of lower-case
# words ("Read more: “…”") or no one's name ("Analysts:", "Bakanlık:") and a crosshead in capitals give none. When the
# body quotes the same words again, or a longer body quote of the same person holds all its words, it is one quote,
# the body's (_drop_headline_label_summaries; the exact repeat _drop_headline_repeats drops).
# (the last word may hold an initial glued to the surname, 'C.Bayramov: "…"', as Azerbaijani sites write it)
_HEADLINE_NAME_LABEL = re.compile(r"^\s*(?P<spk>(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_](?:[\w'’\-]|\.(?=\w))*)\s*:\s*$")
# words a Title Case headline capitalises that make the label no name ("Analysts On Tokayev: “…”", "Interview With …"):
# the resolver would read the name in it
_HEADLINE_LABEL_NO_NAME = frozenset({"on", "with", "in", "about", "says", "said", "to", "for", "and", "by", "from", "at",
                                     "after", "before", "vs", "interview", "read", "also", "more"})
# a media tag after the headline's quote, as Azerbaijani, Turkish and Russian sites append it ('… "…" - FOTO', '«…» (ВИДЕО)')
_MEDIA_WORD = r"(?:FOTO|VİDEO|VIDEO|PHOTO|ФОТО|ВИДЕО)"
_HEADLINE_MEDIA_TAG = re.compile(rf"\s*[-–—(]?\s*{_MEDIA_WORD}(?:\s*[/+,]\s*{_MEDIA_WORD})*\s*\)?\s*")


def _headline_label_quotes(text: str, found: list[Found], headline_end: int, resolver: Resolver) -> list[Found]:
    """Give each headline quote after a bare name label ('Tokayev: “…”', nothing after it but a media tag) the person
    the label names (`headline-label`)."""
    for head in found:
        if head.outer[0] < headline_end and head.speaker is None and _words(head.text) >= MIN_WORDS \
                and not head.text.isupper() and _headline_ends_with(text[head.outer[1]:headline_end]) \
                and ((m := _HEADLINE_NAME_LABEL.match(_label_without_stay(label := _HEADLINE_TAG.sub(
                    "", text[:head.outer[0]], 1)))) and (person := _headline_label_person(
                        _en_without_stay(_without_place_of_stay(m["spk"])), text[headline_end:], resolver)) is not None
                     or (person := _label_before_long_stay(label, text[headline_end:], resolver)) is not None):
            head.speaker, head.rule = person, "headline-label"
    return _headline_trailing_name_quotes(text, found, headline_end, resolver)  # round 25



# Round 66 (quotestr66): a place of stay of several capitalised words, a broadcaster, programme or venue in the
# Turkish locative after an apostrophe ('Bakan Bayraktar TRT Radyo Haber'de: "…"', dev/1080; 'Bakan Bolat Dünya
# Ticaret Merkezi'nde: "…"'): the label's person is the longest run of its first words that names one, the place's
# own words (one at least before its locative word) left out
# (not a known place, one word: "… Başkanı Kasımaliyev Kayseri'de:", dev/659, stays there alone)
_LONG_STAY_LABEL = re.compile(rf"^\s*(?P<words>(?:[{CAPITALS}][\w'’.\-]*\s+){{2,8}})"
                              rf"(?P<place>[{CAPITALS}][\w\-]*)['’]n?[dt][ae]\s*:\s*$")


def _label_before_long_stay(label: str, body: str, resolver: Resolver) -> Person | None:
    """The person a headline label names before a place of stay of several words in the locative, else None."""
    if not label.rstrip().endswith(("de:", "da:", "te:", "ta:")) or not (m := _LONG_STAY_LABEL.match(label)):
        return None  # (a cheap gate: the locative before the colon)
    if places.is_place_word(m["place"]) or places.city_in(m["place"]) is not None:
        return None
    words = m["words"].split()
    for cut in range(len(words) - 1, 0, -1):
        if (person := _headline_label_person(" ".join(words[:cut]), body, resolver)) is not None:
            return person
    return None


# Round 62 (quotesen62): an English label's place of stay, "Speaker Kurtulmuş in Bishkek: “…”" (a state, its capital or
# a city of places.CITIES after "in"), is no part of the name
_EN_LABEL_STAY = re.compile(r"^(?P<who>.+?)\s+in\s+(?P<place>[A-Z][\w'’\-]+)$")


def _en_without_stay(label: str) -> str:
    """The label without "in" and a place after the name."""
    if " in " not in label or not (m := _EN_LABEL_STAY.match(label)):
        return label
    return m["who"] if places.is_place_word(m["place"]) or places.city_in(m["place"]) is not None else label


# Round 62 (quotesen62): a headline label over words in single quote marks, as English sites set a headline quote
# ("Speaker Kurtulmuş in Bishkek: 'Our parliaments must be …'"): the words are the label's person's (as in double marks,
# _headline_label_quotes), a quote the body may tell again in other words
_HEADLINE_SINGLE_MARKED = re.compile(r"(?P<label>[^:'\"“”«»\n]{2,80}?):\s+'(?P<q>[^\W\d_](?:[^'\n]|(?<=\w)'(?=\w))*?"
                                     r"[^\s'])'\s*[.!?]?\s*$")


def _single_marked_headline(text: str, headline_end: int, resolver: Resolver) -> list[Found]:
    """The headline's quote in single marks under a name label, as a Found of the label's person, or none."""
    if not (m := _HEADLINE_SINGLE_MARKED.match(text, 0, headline_end)) or _words(words := _clean(m["q"])) < MIN_WORDS \
            or not (label := _HEADLINE_NAME_LABEL.match(_label_without_stay(m["label"] + ":"))):
        return []
    person = _headline_label_person(_en_without_stay(_without_place_of_stay(label["spk"])), text[headline_end:],
                                    resolver)
    return [Found([(m.start("q"), m.end("q"))], (m.start("q") - 1, m.end("q") + 1), words, person,
                  "headline-label")] if person is not None else []

def _headline_ends_with(tail: str) -> bool:
    """Does the headline end with its quote: nothing after it but a stop or a media tag ("- FOTO")?"""
    tail = tail.strip(" .!?…")
    return not tail or _HEADLINE_MEDIA_TAG.fullmatch(tail) is not None


def _headline_label_person(label: str, body: str, resolver: Resolver) -> Person | None:
    """The person a headline label names: a holder the table knows, or one the body names in full (every word of the
    label capitalised, as a name is written; titles before a surname, "Bakan Bolat", the surname's)."""
    if not all(word[:1].isupper() and word.casefold() not in _HEADLINE_LABEL_NO_NAME for word in label.split()):
        # round 66 (quotes66): a state's title in lower case before a full name ('Uzbek ambassador X Y: "…"'): the name
        titled = _EN_HEADLINE_TITLED_NAME.fullmatch(label) if " " in label else None
        return _headline_label_person(titled["name"], body, resolver) if titled else None
    person = resolver.resolve(label, speaking=False)
    words = label.split()
    surname_only = len(words) == 1 or all(word.casefold() in _TITLE_WORDS or word.isupper() or _label_state_word(word)
                                          for word in words[:-1]) \
        or (len(words) > 2 and words[-2] in _LOCAL_TITLES)  # r27; round 32: "Özbekistan Ekonomi Bakanı X"; round 57
    # (quotesaztr57): a possessed title right before the surname owns all before it, "Pavlodar Valisi X" is X alone
    if person is not None and person.rule == "name":
        return _holder_or_namesake(person, words[-1], body, resolver) if surname_only else person
    if not surname_only:  # (round 25: the name after any titles, "Başbakan Ünal Üstel", as the body names him)
        return person if person is not None and ((name := _name_after_titles(words)) in body
                                                 or _ru_named_declined_in(name, body)) else None
    names = full_names(body, words[-1])  # a surname alone, or after titles ("Bakan Bolat", "Ekonomist Aydoğdu")
    return resolver.resolve(names[0][0], speaking=False) if names else None


def _holder_or_namesake(holder: Person, surname: str, body: str, resolver: Resolver) -> Person:
    """A holder's surname as the label ("Aliyev: “…”") is someone else's when the body names one person in full with it
    and he is not the holder ("Rauf Aliyev, an economist at …")."""
    named = {p.name: p for m in full_names(body, surname) if (p := resolver.resolve(m[0], speaking=False)) is not None}
    return next(iter(named.values())) if len(named) == 1 else holder  # (the holder himself named in full: him)


def _drop_headline_label_summaries(found: list[Found], headline_end: int) -> list[Found]:
    """Drop a `headline-label` quote whose every word a later quote of the same person holds (the body's stays)."""
    heads = [f for f in found if f.rule == "headline-label" and f.outer[0] < headline_end]
    if not heads:
        return found
    return [f for f in found if f not in heads or not _summed_up_below(f, found)]


def _summed_up_below(head: Found, found: list[Found]) -> bool:
    """Does a later quote of the head's speaker hold every word of it? (Round 21's subheading check had it; the
    unmarked-subheading rule of round 24 replaced that check, and the headline label rule keeps it.)"""
    words = set(_WORD.findall(head.text.casefold()))
    return any(f.outer[0] > head.outer[1] and f.speaker and f.speaker.name == head.speaker.name
               and words <= set(_WORD.findall(f.text.casefold())) and _in_order_within(head.text, f.text)
               for f in found)


def _in_order_within(head: str, body: str) -> bool:
    """Round 50 (quotes): are the headline's words the body quote's in the same order (words left out between)? A
    headline that shortens with another ending ('"… bir kader meselesi"' over '"… bir ve iki devlet meselesi değil, bir
    kader meselesidir"') is said with other words: a record of its own (docs/annotating.md)."""
    rest = iter(_WORD.findall(body.casefold()))
    return all(word in rest for word in _WORD.findall(head.casefold()))


# --- round 25: running text that names no one before "«…», – добавил эксперт." ------------------------------------
# "По его словам, важнее может оказаться энергетика. «…», – добавил эксперт.": the lead goes on about the expert the
# paragraph before named ("Экономист X Y считает, …"), as a quote opening its paragraph does; a lead naming someone
# else still decides
def _ru_no_one_named(lead: str, resolver: Resolver) -> bool:
    return not any(resolver.resolve(phrase, speaking=False) for phrase in _CYRILLIC_NAME.findall(lead))


# --- round 25: a name in quote marks in the lead of "«…», — считает он." -----------------------------------------------
# "Руководитель компании X Y рассказал «Слову Кыргызстана», что …. «…», — считает он.": an outlet's or a firm's name in
# marks (one to three words, capitalised) quotes no one, and "он" is still the one the lead names; a lead that holds a
# quote of its own (four words or more) leaves the last speaker as it was
_RU_MARKED_NAME = re.compile(r"«[A-ZА-ЯЁ][^«»\s]*(?:\s+[^«»\s]+){0,2}»")


def _quote_marks_beyond_names(before: str) -> bool:
    if not _QUOTE_MARK.search(before):
        return False
    # (round 29: nor a lower-case term of under four words, "назвал год «годом больших решений»": no quote)
    return _QUOTE_MARK.search(_without_short_terms(_RU_MARKED_NAME.sub("", before))) is not None


# --- round 25: a bare Russian occupation as the subject after its object ----------------------------------------------
# "Спад в торговле с Туркменистаном эксперт назвал «временным явлением …»" / "Рост экспорта экономист объяснил тем, что
# «…»": Russian puts the object first and the lower-case occupation before the verb; the expert is the one who spoke
# last, when that one is an unlisted name (an expert, as _ru_occupation_after asks), and the sentence names no one else
# (round 65, quotes65: or the diplomat an interview's lead named, "Отношения двух стран дипломат назвал «…»" under
# "… посол … X Y в интервью Trend рассказал …", dev/1071: an ambassador the table lists no more than an expert)
_RU_OCCUPATION_WORDS = ("эксперт", "экономист", "аналитик", "политолог", "дипломат")
_RU_OCCUPATION_SUBJECT = re.compile(rf"\s(?:{'|'.join(_RU_OCCUPATION_WORDS)})\s+(?:(?:также|тоже)\s+)?"
                                    rf"(?:назвал|назвала|охарактеризовал|охарактеризовала|(?:{RU_VERBS}|объяснил|объяснила)"
                                    r",?\s+(?:что|тем,\s+что)\s[^«»“”\"]*)\s*$")


def _ru_occupation_subject(sentence: str, resolver: Resolver, before: str = "") -> Person | None:
    if not any(word in sentence for word in _RU_OCCUPATION_WORDS):  # a cheap gate
        return None
    last = resolver.last_speaker
    if last is None and before:
        # round 65 (quotes65): no one spoke yet (an interview's lead, dev/1071): the one person the paragraph's running
        # text before names ("… посол … X Y в интервью Trend рассказал … . Отношения … дипломат назвал «…»")
        last = _ru_one_named(before, resolver)
    if last is None or last.rule not in ("unlisted name", "anaphor") or officeholders.by_name(last.name) \
            or not (m := _RU_OCCUPATION_SUBJECT.search(sentence)) or not _ru_no_one_named(sentence[:m.start()], resolver):
        return None
    return Person(last.name, last.role, last.iso3, 0.7, "anaphor")


# --- round 25: "«…», – поручил глава правительства." under a paragraph naming the prime minister ------------------------
# The bare title reads the running text before the quote (its paragraph's, else the paragraph before), as "— сказал он"
# does (_ru_pronoun_antecedent); the resolver then takes the one named only when he heads a government (_premier_anaphor)
_RU_AFTER_VERB_PREMIER = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:{RU_VERBS})\s+(?:премьер-министр|премьер|глава\s+правительства)"
                                    r"\s*[.,]")


def _premier_lead(lead: str, resolver: Resolver) -> None:
    if not _quote_marks_beyond_names(lead):
        _ru_pronoun_antecedent(lead, resolver)


# Round 25: a Turkish or Azerbaijani headline label names where the speaker is after the name, in the locative ('Bakan
# Bolat Lefkoşa'da: "…"', "Başbakan Üstel Ankara'da: …", 'Qafarova Astanada: "…"'): the label is the name before it. Only
# a place word (a state or its capital, declined) or a city of places.CITIES ending in a locative case goes ("Bakan
# Bolat Lefkoşa'dan: …" is no label of his stay, and a name ending in "-da" is no place).
_LOCATIVE_END = re.compile(r"[dt][aeə]$")


def _without_place_of_stay(label: str) -> str:
    """The label without one last word that is a place in the locative, when a word is left before it."""
    words = label.split()
    return " ".join(words[:-1]) if len(words) > 1 and _place_in_locative(words[-1]) else label


def _place_in_locative(word: str) -> bool:
    """Is one word a state, its capital or a city of places.CITIES in the locative ("Lefkoşa'da", "Bişkekdə"), or any
    proper noun with the Turkish locative after an apostrophe ("Konya'da", "Mersin'de", "BTSO'da")?"""
    return _LOCATIVE_END.search(word) is not None and (places.is_place_word(word) or places.city_in(word) is not None
                                                       or _TR_PROPER_LOCATIVE.fullmatch(word) is not None)


# Round 41 (Turkish quotes): Turkish sets a proper noun's case ending off with an apostrophe, so "Konya'da" is a place
# of stay though places knows no Konya (a name is never in the locative there: 'Macar Bakan Nagy Konya'da: "…"')
_TR_PROPER_LOCATIVE = re.compile(rf"[{CAPITALS}][\w\-]*['’][dt][ae]")


# Round 25: a name right after the title that opens a sentence ('Bakan Bolat, … "…" ifadesini kullandı', "Cumhurbaşkanı
# Erdoğan, …", "Nazir Cabbarov qeyd edib ki, …") makes it no bare title, whatever the last speaker's office: the name
# says who spoke (_unfit_last_speaker_lead). A title word after it ("Bakan Yardımcısı, …") is still a bare title.
# A place after the title ("Vitse-prezident Türkiyə şirkətlərinin …") is no name.
_NAME_AFTER_TITLE_OPENING = re.compile(rf"\s+(?!(?:Yardımcısı|Müavini|Vekili|Yardımçısı)\b)"
                                       rf"(?P<name>[{CAPITALS}][a-zçğıöşüə][\w'’\-]*)")


def _az_bare_title_opening(clause: str) -> bool:
    """Does an Azerbaijani bare title ("Nazir", "Baş nazir", "Səfir") open `clause`, a place or a genitive after it
    ("Baş nazir Azərbaycanın …") or a particle ("Nazir isə …"), not a name nor more of a title ("Nazir müavini X Y")?"""
    clause = clause.lstrip()
    m = _TITLE_UNKNOWN_NAME_OPENING.match(clause)
    if m is None or m["title"].lower() not in _AZ_TITLES_ALONE or _name_after_title(clause, m.end("title")):
        return False
    after = clause[m.end():].split(None, 1)
    return bool(after) and (after[0][:1].isupper() or after[0].rstrip(",") in _AZ_SUBJECT_PARTICLES)


_AZ_SUBJECT_PARTICLES = frozenset({"isə", "da", "də", "həmçinin", "özü"})  # "Nazir isə …": the subject goes on


def _name_after_title(sentence: str, title_end: int) -> bool:
    """Is the word after a sentence's opening title a name (capitalised, no title word, no place)?"""
    m = _NAME_AFTER_TITLE_OPENING.match(sentence, title_end)
    return m is not None and not places.is_place_word(m["name"]) and not _az_genitive_after_title(sentence, m) \
        and not (" ad" in sentence and _TURKIC_NAMESAKE.match(sentence, m.start("name")))  # round 27 (both)


# Round 25: a Turkic title with a name after it opening a verb-final sentence ('Bakan Tokgöz, … "…" dedi', "Nazir
# Quliyev bildirib: …") that the resolver cannot read names someone the article never introduced: the title's word
# alone is no anaphor then (_clause_subject would give the quote to the last minister named, another person)
_TITLE_UNKNOWN_NAME_OPENING = re.compile(r"(?P<title>(?i:bakan|cumhurbaşkanı|başbakan|büyükelçi|nazir|baş nazir|"
                                         r"prezident|spiker|səfir))\s")


# Round 25: a headline that is a quote and the speaker's name after a dash, as APA, Report.az, Haberler and Russian sites
# write it ('"Orta Dəhlizdə yüklər artacaq" - Ceyhun Bayramov', '"…" – Bakan Bolat', '«…» — Токаев'): the named person's
# quote, by the headline label's rules (_headline_label_person: a holder, or one the body names in full); nothing
# before the quote, nothing after the name. An outlet or a body after the dash ("- Report", "- Bakanlık") names no one.
# (round 32: Turkish "dedi"/"diyor" in place of the dash, '"…" dedi Bolat', a name the body gives in full)
_HEADLINE_TRAILING_NAME = re.compile(r"[,.!?]?\s*(?:[-–—]|dedi\s|diyor\s)\s*(?P<spk>(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’\-]*)"
                                     rf"\s*[.!]?(?:{_HEADLINE_MEDIA_TAG.pattern})?\s*$")  # "- Bayramov - VİDEO"


def _headline_trailing_name_quotes(text: str, found: list[Found], headline_end: int, resolver: Resolver) -> list[Found]:
    """Give a headline quote followed by a dash and a name (`headline-label`) the person the name is."""
    for head in found:
        if head.outer[0] < headline_end and head.speaker is None and _words(head.text) >= MIN_WORDS \
                and not head.text.isupper() and not text[:head.outer[0]].strip() \
                and (m := _HEADLINE_TRAILING_NAME.match(text, head.outer[1], headline_end)) \
                and (person := _headline_label_person(_without_place_of_stay(m["spk"]), text[headline_end:],
                                                      resolver)) is not None:
            head.speaker, head.rule = person, "headline-label"
    return _headline_segment_quotes(text, found, headline_end, resolver)  # round 25


# Round 25: a Turkish capitalised run that ends in the place where its person is ('Erdoğan Bakü'de konuştu: "…"', "Bakan
# Yalın Semerkant'ta açıkladı:") declines the place: the person's own word is the one before it (_tr_oblique_run).
def _last_word_before_place_of_stay(run: str) -> str:
    words = run.split()
    while len(words) > 1 and _place_in_locative(words[-1]):
        words.pop()
    return words[-1]


# Round 25: words "from" someone named before a colon, as Turkish headlines and subheadings give a statement
# ('Erdoğan'dan Azerbaycan mesajı: "…"', "Bakan Bolat'tan KKTC'ye destek açıklaması:", "Fidan'dan Gürcistan'a
# çağrı:"): the person in the ablative, up to three words between naming whom or what it was for (no subject of their
# own: _others_oblique), a noun for words last. A place in the ablative ("Bakü'den … mesajı:") names no one.
_TR_ABLATIVE_COLON = re.compile(rf"(?:^|[.!?]\s+|\n)(?P<name>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,3}})"
                                r"['’](?:dan|den|tan|ten)(?P<between>(?:\s+[^\s“”\"«»„,.;:!?]+){0,3}?)\s+"
                                r"(?:mesajı|mesaj|açıklaması|açıklama|çağrısı|çağrı|uyarısı|uyarı|vurgusu|vurgu|yanıtı|"
                                r"tepkisi|sözleri|müjdesi|müjde)\s*:\s*$")

# Azerbaijani glues the ablative to a surname ('Prezident İlham Əliyevdən Türkiyəyə mesaj: "…"', "Cabbarovdan …
# açıqlama:"): the name is the surname without it (a title before the name is left out, as "Prezident" reads no name)
_AZ_ABLATIVE_COLON = re.compile(rf"(?:^|[.!?]\s+|\n)(?:(?:Prezident|Nazir|Baş nazir|Spiker|Səfir)\s+)?"
                                rf"(?P<name>(?:[{CAPITALS}][\w\-]*\s+){{0,2}}[{CAPITALS}][\w\-]*(?:ov|ev|ova|eva|yev|yeva))"
                                r"(?:dan|dən)(?P<between>(?:\s+[^\s“”\"«»„,.;:!?]+){0,3}?)\s+"
                                r"(?:mesaj|mesajı|müraciət|bəyanat|açıqlama|çağırış|xəbərdarlıq|cavab)\s*:\s*$")


def _turkic_words_from_colon(before: str, text: str, resolver: Resolver) -> Person | None:
    """The person of 'X'ten … mesajı: "…"', else None (a surname alone the article names in full: that person)."""
    if not (m := _TR_ABLATIVE_COLON.search(before, max(0, len(before) - 120))
            or _AZ_ABLATIVE_COLON.search(before, max(0, len(before) - 120))):
        return None
    name = m["name"].split()[-1] if m["name"].split()[0].lower() in _TR_BARE_TITLES else m["name"]
    if resolver.resolve(name, speaking=False) is None and (named := full_names(text, name)):
        name = named[0][0]
    person = resolver.resolve(name, speaking=False)
    if person is None or person.rule == "anaphor" or not _others_oblique(m["between"], person, resolver):
        return None
    return resolver.resolve(name)


# Round 25: a section or urgency tag that Turkish, Azerbaijani and Russian sites put before a headline's label ("SON
# DAKİKA: Erdoğan: "…"", "ÖZEL | Büyükelçi Kaya: "…"", "TƏCİLİ: Bayramov: "…"", "ЭКСКЛЮЗИВ: Токаев: «…»") is no part
# of the name: the label after it is read (_headline_label_quotes). Only these words, in capitals, before ":" or "|".
_HEADLINE_TAG = re.compile(r"^\s*(?:SON DAKİKA|ÖZEL|FLAŞ|FLAŞ HABER|ÖZEL HABER|RÖPORTAJ|ÖZƏL|TƏCİLİ|ŞOK|MÜSAHİBƏ|"
                           r"ЭКСКЛЮЗИВ|СРОЧНО|ИНТЕРВЬЮ|EXCLUSIVE|BREAKING)\s*[:|]\s*")


# Round 25: a headline of two statements set apart by a slash or a bar after a closing mark, as Turkish and Cypriot
# papers write them ('Erhürman: "…" / Üstel: "…"', 'Erdoğan: "…" | "…"'): each part is read as a headline of its own,
# its label the one before its quote; a part with no label goes on in the voice of the part before it.
_HEADLINE_SEPARATOR = re.compile(r"(?<=[”\"»“])\s*[/|]\s*")


def _headline_segment_quotes(text: str, found: list[Found], headline_end: int, resolver: Resolver) -> list[Found]:
    """Give each headline quote of a part between separators the part's label (`headline-label`)."""
    if "/" not in text[:headline_end] and "|" not in text[:headline_end]:
        return found  # a cheap gate: most headlines have no separator
    seps = [m.span() for m in _HEADLINE_SEPARATOR.finditer(text, 0, headline_end)]
    previous = None
    for head in (f for f in found if f.outer[0] < headline_end):
        start = max((e for _, e in seps if e <= head.outer[0]), default=0)
        end = min((s for s, _ in seps if s >= head.outer[1]), default=headline_end)
        if seps and head.speaker is None and _words(head.text) >= MIN_WORDS and not head.text.isupper() \
                and _headline_ends_with(text[head.outer[1]:end]):
            label = _HEADLINE_TAG.sub("", text[start:head.outer[0]], 1)
            if not label.strip() and start > 0 and previous is not None and previous.speaker is not None:
                head.speaker, head.rule = previous.speaker, "headline-label"
            elif (m := _HEADLINE_NAME_LABEL.match(label)) \
                    and (person := _headline_label_person(_without_place_of_stay(m["spk"]), text[headline_end:],
                                                          resolver)) is not None:
                head.speaker, head.rule = person, "headline-label"
        previous = head
    return found


# Round 67 (quotesru67): a Russian interview's headline label names the interviewee in the nominative ("Рустам
# Назаров: «…»", dev/1091) while the body names him only declined ("мы поговорили с … Рустамом Назаровым"): the label's
# given name and surname, each with up to three letters of an ending, read back to the label in the nominative
def _ru_named_declined_in(name: str, body: str) -> bool:
    words = name.split()
    if len(words) != 2 or not ("А" <= name[:1] <= "Я" or name[:1] == "Ё"):
        return False
    declined = re.compile(rf"(?<![\w\-]){re.escape(words[0][:-1])}[а-яё]{{0,3}}"
                          rf"\s+{re.escape(words[1][:-1])}[а-яё]{{0,3}}(?![\w\-])")
    return any(ru_nominative_of_oblique(m[0]) == name for m in declined.finditer(body))


def _name_after_titles(words: list[str]) -> str:
    """A headline label's words from the first that is no title word ("Başbakan Ünal Üstel" -> "Ünal Üstel")."""
    first = next((i for i, word in enumerate(words) if word.casefold() not in _TITLE_WORDS), 0)
    return " ".join(words[first:])


# --- round 25, English quotes ------------------------------------------------------------------------------------
# The rest of a quote its verb-first attribution broke, after the speaker's appositive: '“…,” said X Y, a researcher at
# Corvinus University, “but …”' (the attribution's span ends at the name's comma, so the appositive is the gap; a
# lower-case rest goes on the first part's sentence)
_EN_APPOSITIVE_GAP = re.compile(r"\s*(?:an?|the)\s[^“”\"«»„.!?\n]{1,120},\s*$")


# "According to the Tajik president's press service, Rahmon described …": a source its owner's possessive names (the
# president's office, website, press service) is the body whose report it is; when the rest names its own subject
# the quote is the rest's subject's, not the owner's by that name alone (_subject_partial)
# (round 27: or "his"/"her", "According to his press service, X described …" after X was named)
_EN_OWNED_SOURCE = re.compile(r"(?:\w['’]s|^(?:his|her))\s+(?:[\w\-]+\s+){0,2}(?:service|office|website|readout|channel|"
                              r"administration)$")


def _en_owned_source(phrase: str) -> bool:
    """Is the phrase of 'According to X, …' a press service or office its owner's possessive names?"""
    return "s " in phrase and _EN_OWNED_SOURCE.search(phrase.strip()) is not None


# "Aliyev devoted his speech to the region. He said the route through …, agreed in principle during talks …, would
# become “…”": a pronoun opening the quote's own sentence means the subject of the sentences before, however long the
# clause between it and the quote (the 120 characters _ANAPHOR looks back over end inside such a clause)
def _en_pronoun_opens_quote_sentence(before: str) -> bool:
    """Does the sentence a quote ends open with "He" or "She"?"""
    return _QUOTE_SENTENCE_BREAK.split(before)[-1].lstrip()[:4] in ("He s", "He a", "He n", "He t", "He w", "He c",
                                                                    "He d", "She ")


# --- round 26: a question put between two answers of a Russian report's dash lines --------------------------------
# "Прокомментировать данные попросил экономиста X Y." / "— …, — отметил он." / "— А почему …?" / "— …, — пояснил
# экономист.": a reporter's question after a dash line its attribution gave to someone is put to that one, who answers
# it (as an interview's lead names its interviewee); a question after running text still asks the lead's person.
def _answered_before(before: str, resolver: Resolver) -> Person | None:
    m = DASH.match(before.strip())
    if m is None or resolver.last_speaker is None or len(_DASH_BREAK.split(m["body"].strip())) < 2:
        return None
    return resolver.last_speaker


# --- round 26: "По его словам, … . «…», — добавил экономист." after the expert's own quote ----------------------------
# The expert named with his occupation ("Экономист X Y считает, что …") spoke the paragraph before in quote marks,
# and neither that paragraph nor this one's lead names anyone: the occupation after the quote is still he. Not when
# the last speaker holds an office or was named with none (an occupation is never a minister's or a president's).
def _ru_expert_goes_on(own_before: str, lead: str, resolver: Resolver) -> Person | None:
    last = resolver.last_speaker
    if last is None or last.name not in resolver.occupations or not _ru_no_one_named(own_before, resolver) \
            or not _ru_no_one_named(lead, resolver):
        return None
    return Person(last.name, last.role, last.iso3, 0.7, "unlisted name")


# --- round 26: an Azerbaijani sentence opened by the chair of parliament's title, no name ---------------------------
# "Milli Məclisin sədri … təcrübəsinin mübadiləsini “…” adlandırıb": the title alone is the sentence's subject (the
# resolver reads it as the chair who spoke last, people._chair_anaphor), as '“…”, - deyə Məclis sədri vurğulayıb' is;
# the whole clause, with its object's words, resolves to no one. Only the parliament's chair: "Şirkətin sədri" is no
# one the article's last speaker need be.
_AZ_OPENING_CHAIR = re.compile(r"((?:Milli\s+)?(?:Məclisin|Senatın|Parlamentin|Kurultayın|Oliy\s+Məclisin|"
                               r"Məclis|Senat|Parlament)\s+sədri)\s+[a-zəıöüşçğ]")


# --- round 26: a dash inside the words of a dash-led line ------------------------------------------------------------
# "— Рост торговли — прямой результат договора, — отметил он.": the line's parts are split at every dash between
# spaces, but only a dash after a comma or a stop opens or closes an attribution; a dash with no mark before it is the
# speaker's own ("торговли — прямой результат", Russian's dash for a missing "is") and stays in the quote's words.
_DASH_WITHOUT_MARK = re.compile(r"\s+[-–—]\s+")


def _dash_line_words(body: str, parts: list[str], kept: list[int]) -> str:
    """The quoted parts `kept` of a dash line's `parts`, two that follow each other joined by the line's own dash
    when no comma or stop came before it, else by a space (as the attribution's part between them is left out)."""
    if len(kept) < 2:
        return " ".join(parts[k] for k in kept)
    breaks = _DASH_BREAK.findall(body)
    words = parts[kept[0]]
    for before, k in zip(kept, kept[1:]):
        joint = breaks[k - 1] if k == before + 1 and len(breaks) == len(parts) - 1 else " "
        words += f" {joint.strip()} " if _DASH_WITHOUT_MARK.fullmatch(joint) else " "
        words += parts[k]
    return words


# --- round 26: a Turkish or Azerbaijani occupation before the name opening a partial quote's sentence -----------------
# 'Ekonomist X Y, ticaretin "…" bir alan olduğunu belirtti': the occupation is the name's title as "Başkanı" is (the
# resolver gives an occupation no role), so a name the article never named before may speak; a bare capitalised run
# ("Toplantıya Bolat da …") still may not, nor a name the comma does not set off as the subject ('Ekonomist X Y ile
# görüşen Bakan, …' is the minister's)
_TR_OCCUPATION_OPENERS = frozenset({"ekonomist", "iktisatçı", "İktisatçı".lower(), "uzman", "analist", "akademisyen",
                                    "araştırmacı", "iqtisadçı", "İqtisadçı".lower(), "ekspert", "politoloq"})


# --- round 26: a parliament's two-word name before a full name in Russian ---------------------------------------------
# "депутат Жогорку Кенеша Мирлан Бакиров", "председатель Милли Меджлиса …", "сенатор Олий Мажлиса …": four capitalised
# words, of which _CYRILLIC_NAME would read the first three as one name ("Жогорку Кенеша Мирлан", no one, and the
# surname cut off); the parliament's name is no part of the name after it (_ru_one_named)
# (round 54, quotesother: Karakalpakstan's "Жокаргы Кенеса Республики Каракалпакстан", the republic's name after it)
_RU_PARLIAMENT_GENITIVES = ("Кенеша", "Меджлиса", "Мажлиса", "Маслахаты", "Курултая", "Хурала", "Кенеса")
_RU_PARLIAMENT_BEFORE_NAME = re.compile(rf"(?<![\w\-])(?:[А-ЯЁ][а-яё]+\s+(?:{'|'.join(_RU_PARLIAMENT_GENITIVES)})"
                                        r"|(?:Кенеса|Кенеша)(?=\s+Республики\s))"  # (its first word cut already)
                                        r"(?:\s+Республики\s+[А-ЯЁ][а-яё]+)?"
                                        r"(?=\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\s+[А-ЯЁ])")


# --- round 26 (English): a second verb of the subject after a comma, the partial quote ending its clause ----------
# "X said Turkey wanted more sailings, and called for a through-rate that would let forwarders quote a price “…”": a
# call's object may be long and hold a speech word of its own ("quote a price"), which _AND_NAMING_GAP's six words do
# not reach; the comma before "and" marks the subject's own second verb (the rest names nobody: _plain_object).
_EN_AND_CALLED_FOR = re.compile(r",\s+and\s+(?:also\s+)?(?:called\s+for|urged|appealed\s+for|pressed\s+for|pushed\s+for)"
                                r"\s+[^“”\"«»„;:.!?]{1,200}$")
# "She estimated that trade could reach $7 billion, but warned that “…”": a speech verb after ", but" (or "yet"), as
# _and_said_after_object reads one after "and"; without the comma only after a first verb's plain object ("welcomed the
# deal but warned that"), not after a clause whose own subject may be the one warning ("said the ministers agreed but …")
_EN_BUT_SAID = re.compile(r"(?P<comma>,)?\s+(?:but|yet)\s+(?:also\s+)?(?:said|warned|cautioned|added|noted|stressed|insisted|argued|"
                          r"admitted|conceded|acknowledged)\s+(?:that\s+)?")


def _but_said_after_object(rest: str, resolver: Resolver) -> bool | None:
    """For a sentence's rest after its subject's verb that holds ", but warned that" (or "yet"): True when the partial quote
    ending it is the subject's (no quote mark or relative clause before it, no speech word and nobody named after
    it), False when the clause names someone; None when the form is not there."""
    if not (said := _EN_BUT_SAID.search(rest)):
        return None
    first, clause = rest[:said.start()], _unquote_terms(rest[said.end():])
    if _QUOTE_MARK.search(first) or _RELATIVE.search(first) or _SPEECH_WORD.search(clause):
        return None
    if not said["comma"] and (_SPEECH_WORD.search(first) or " that " in first):
        return None
    return _plain_object(clause, resolver)


# --- round 26 (English): a "when" or "as" clause of the subject's own speech ends the sentence before the partial quote
# "Orbán framed it more grandly at the summit in Gabala, when he described Hungarians as “…”": "he" is the subject
# (the words before it and the named object naming nobody, as "which he called")
_EN_WHEN_HE_SAID = re.compile(r",?\s+(?:when|as)\s+(?:he|she)\s+(?:(?:described|called|termed|dubbed)"
                              r"(?P<object>(?:\s+[^\s,;:“”\"«»„]+){1,4}?)(?:\s+as)?"
                              r"|said|declared|(?:said|told\s+(?:reporters|journalists|the\s+\w+))\s+that"
                              # round 44 (English quotes): a bare clause after the verb, "…, when he said the corridor
                              # should become “…”" (the clause naming nobody, as the object above)
                              r"|(?:said|declared|argued|warned|insisted)(?:\s+that)?"
                              r"(?P<clause>(?:\s+[^\s;:“”\"«»„]+){1,16}?))\s*$")

# --- round 26 (English): a subordinate clause's subject at a paragraph's opening, its main clause about no one else ---
# "When Péter Szijjártó landed in Tashkent on 21 January, it was his third trip …. “…,” he told reporters": the
# person the subordinate clause opens with is the one the paragraph is about (_paragraph_subjects), when the main
# clause after the comma names nobody ("As X arrived, Y greeted him" names Y: no one).
# (round 42: the clause up to 180 characters, a trip's purpose told in it: "When Turkish Trade Minister X Y flew into
# Bishkek on January 28 to co-chair the Turkish-Kyrgyz intergovernmental commission, he came with …")
_EN_SUBORDINATE_OPENING = re.compile(r"(?:When|As|After|Before|While|Once)\s+(?P<clause>[^,;:“”\"«»„]{3,180}),\s+"
                                     r"(?P<main>[^“”\"«»„]*)$")


def _subordinate_subject(sentence: str, resolver: Resolver) -> str | None:
    """The speaker phrase of the person a "When X Y landed …, it was …" sentence opens its subordinate clause with, or
    None (another form, no person, or the main clause naming someone)."""
    if not (m := _EN_SUBORDINATE_OPENING.match(sentence)) or not (found := _subject(m["clause"], resolver)) \
            or found[0].rule == "anaphor" or _names_someone(m["main"], resolver):
        return None
    return _speaker_phrase(found[1]["spk"])


# --- round 26 (English): the verb first, then an indefinite description and the name after a comma ------------------
# "“…,” said one Almaty-based banker, Daniyar Seitov." (the business press): the name ends the attribution; a
# description with a definite article ("said the head of the bank, …") is AFTER_VERB_TITLE_NAME's
AFTER_VERB_DESCRIPTOR_NAME = re.compile(
    rf"^\s*[,.!?]?\s*(?:said|says|added|noted|argued|explained|warned|told\s+[a-z]+)\s+(?:one|a|an|another)\s+"
    rf"[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){{0,5}},\s+"
    rf"(?P<spk>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})\s*(?:[.;]|,\s|$)")


# --- round 26 (English): "the economist said" after the article named an economist -------------------------------
# "Economist Azamat Dzhumabekov was sceptical. “…,” the economist argued." / "X Y, a Bishkek-based analyst, …": a bare
# occupation after the quote is the person the text before named last with that word, as a title before the name or in
# an appositive after it (an office is the resolver's: "the minister", "the president")
_EN_OCCUPATIONS = (r"economist|analyst|expert|banker|trader|researcher|consultant|political scientist|scholar|lawyer"
                   # round 32: "Businessman X Y owns …. “…,” the businessman said" / "Senator X Y …. the senator said"
                   r"|businessman|businesswoman|entrepreneur|investor|hotelier|exporter|diplomat|senator")
_EN_BARE_OCCUPATION = re.compile(rf"[Tt]he\s+(?P<occ>{_EN_OCCUPATIONS})")
_EN_OCCUPATION_NAMED = re.compile(
    rf"\b(?P<occ1>(?i:{_EN_OCCUPATIONS}))\s+(?P<name1>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})"
    rf"|(?P<name2>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?P<occ2>{_EN_OCCUPATIONS})\b")


def _occupation_named_before(occupation: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person `earlier` named last with `occupation` ("economist X Y", "X Y, an economist at …"), resolved; None
    when it named none."""
    occupation = occupation.lower()
    if occupation not in earlier.lower():
        return None
    last = None
    for m in _EN_OCCUPATION_NAMED.finditer(earlier):
        if (m["occ1"] or m["occ2"]).lower() == occupation:
            last = m["name1"] or m["name2"]
    return resolver.resolve(last) if last else None


# --- round 26 (English): the host of a reception named as its passive's agent ----------------------------------------
# "On Friday the guest travelled to Awaza, where he was received by Gurbanguly Berdimuhamedow, the National Leader …. He
# called Turkmens and Kyrgyz “…”": a sentence that opens with no person and names one by full name as the one who
# received, welcomed or greeted the guest, in a where-clause or a passive joined by "and" to a noun subject ("the
# delegation arrived and was received by X"), makes the host the one a following "he" means (the host's turn); not a
# sentence whose own subject is the pronoun ("On Thursday he was received by X. “…,” he said" stays the guest's, round 10)
_EN_RECEIVED_BY = re.compile(rf"(?:,\s+where\s+(?:he|she)\s+was|\s+and\s+was)\s+(?:received|welcomed|greeted|hosted|met)\s+by\s+(?:(?:[A-Z][\w\-]*\s+){{0,3}}?"
                             rf"(?:{_LOWER_TITLES})\s+)?"
                             rf"(?P<spk>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})(?=[,.]|\s+(?:in|at|on)\b|\s*$)")


# --- round 27: "По словам Токаева, … . «…», — подчеркнул он." -------------------------------------------------------
# A sentence before the quote in its paragraph that opens with the words of one named in the genitive ("По словам
# Токаева", "По мнению министра X Y") reports his speech: "он" after the quote is he, as after "Токаев отметил, что …"
# (_ru_pronoun_antecedent reads only nominatives). Not when that sentence's rest or a later one names someone.
def _ru_according_antecedent(before: str, resolver: Resolver) -> None:
    sentences = _RU_SENTENCE_BREAK.split(before.strip())
    for k in range(len(sentences) - 1, -1, -1):
        if (m := RU_ACCORDING.match(sentences[k])) and m["spk"]:
            rest = sentences[k][m.end():] + " " + " ".join(sentences[k + 1:])
            if _ru_names_no_one_word(_without_quoted_names(rest), resolver) \
                    and (person := resolver.resolve(ru_genitive_phrase(m["spk"].strip()))) is not None:
                resolver.last_speaker = person
            return


_RU_CAPITALISED_WORD = re.compile(r"(?<![\w\-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def _ru_names_no_one_word(words: str, resolver: Resolver) -> bool:
    """Do Russian `words` name nobody, by a full name or by a surname alone ("Мирзиёев согласился")?"""
    return _ru_no_one_named(words, resolver) \
        and not any(resolver.resolve(w, speaking=False) for w in _RU_CAPITALISED_WORD.findall(words))


# --- round 27: "По словам спикера Мажилиса, … «…»" --------------------------------------------------------------------
# The words of a head of a body by the body's name, in the genitive ("спикера Мажилиса", "председателя Сената"): the one
# person the article titled before as a head of that body ("Председатель Мажилиса … Ерлан Кошанов"), as "— подчеркнул
# спикер Сената" after a quote is (_ru_body_head); the sentence's rest naming nobody, as _ru_according asks.
def _ru_according_body_head(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    if "По " not in own_before or not any(title in own_before for title in _RU_HEAD_TITLES):  # a cheap gate
        return None
    sentence = _RU_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if sentence.rstrip()[-1:] in ".!?…" or not (m := RU_ACCORDING.match(sentence)) or not m["spk"] \
            or not _plain_object(_without_quoted_names(sentence[m.end():]), resolver):
        return None
    return _ru_body_head(" ".join(ru_genitive_phrase(m["spk"].strip()).split()), earlier, resolver)


# --- round 27: a short term in quote marks inside the words of a dash line ---------------------------------------------
# "– Очереди на «Алтын Кол» доходят до трех суток, – рассказал директор компании X Y. – …": a name of a border post, a
# firm or a project in marks (fewer than four words) is no quote of its own, and the paragraph is still read as a dash
# line (as a term in its attribution is, _attribution_term); a quote of four words or more keeps the paragraph quoted.
def _dash_line_term(text: str, pieces: list[tuple[int, int]], para: tuple[int, int]) -> bool:
    if len(pieces) != 1 or text[para[0]:para[0] + 1] not in ("-", "–", "—"):  # a cheap gate: dash lines only
        return False
    start, end = pieces[0]
    return _words(text[start:end]) < MIN_WORDS and DASH.match(text[para[0]:para[1]]) is not None


# --- round 27: a bare occupation in a dash line's attribution, the expert named in the paragraph before ----------------
# "Как отметил … экономист X Y из Алма-Аты, цель … . По его оценке, …" then "— …, — пояснил эксперт. — …": the one person
# the paragraph before names, when the office holders table lists him not (an occupation is no minister's), as
# "«…», — считает эксперт." after running text is (_ru_occupation_after).
def _ru_dash_occupation_lead(text: str, paras, para_start: int, resolver: Resolver) -> Person | None:
    person = _ru_one_named(_previous_paragraph(text, paras, para_start), resolver)
    if person is None or person.rule != "unlisted name":
        return None
    resolver.last_speaker = person
    return person


def _split_for(text: str, piece: tuple[int, int], outer: tuple[int, int], speaker: Person,
               interruption: re.Pattern | None = None) -> list[Found]:
    """The two quotes of a dash line "— …, — пояснил эксперт. — …" broken by its attribution (`interruption`, the
    Russian RU_INTERRUPTION unless told; round 55: the Azerbaijani _AZ_INTERRUPTION), both `speaker`'s (found before),
    as _ru_interrupted makes them for a named one; [] when the line has no attribution between two quotes."""
    start, end = piece
    m = (interruption or RU_INTERRUPTION).search(text, start, end)
    if m is None:
        return []
    first, second = _clean(text[start:m.start()]), _clean(text[m.end():end])
    if _words(first) < MIN_WORDS or _words(second) < MIN_WORDS:
        return []
    return [Found([(start, m.start())], (outer[0], m.end()), first, speaker, "dash-led"),
            Found([(m.end(), end)], (m.end(), outer[1]), second, speaker, "dash-led")]


# Round 55 (quotesaz55): an Azerbaijani dash line broken by its attribution, "– …, – deyə X Y görüşdə bildirib. – …",
# is two quotes of X Y, as the Russian "— …, — пояснил эксперт. — …" (_split_for, given this pattern)
_AZ_INTERRUPTION = re.compile(r",?\s+[-–—]\s+deyə\s+[^.;:!?«»“”\"\-–—]{1,120}?\.\s+[-–—]\s+")



# --- round 27: "по его словам" inside the sentence, before its partial quote ---------------------------------------
# "Арипов также призвал ускорить строительство центра, который, по его словам, должен стать «…».": "his words" set off
# by commas in a clause are the one person the sentence names before them (its subject), else, when it names no one,
# the last speaker; the words after them up to the quote naming nobody. Not at the sentence's opening ("По его словам,"
# is _ru_according's).
_RU_INNER_ACCORDING = re.compile(r",\s+по\s+(?:его|её|ее)\s+(?:словам|мнению|оценке),\s+")


def _ru_inner_according(own_before: str, resolver: Resolver) -> Person | None:
    if "по е" not in own_before:  # a cheap gate ("по его", "по ее")
        return None
    sentence = _RU_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not (m := _RU_INNER_ACCORDING.search(sentence)) or sentence.rstrip()[-1:] in ".!?…" \
            or not _ru_names_no_one_word(_without_quoted_names(sentence[m.end():]), resolver) \
            or _QUOTE_MARK.search(_without_quoted_names(sentence[m.end():])):
        return None
    lead = _without_quoted_names(sentence[:m.start()])
    if _other_sex_named(lead, resolver.last_speaker, feminine=_RU_HER_WORDS.match(m[0]) is not None):
        return resolver.last_speaker  # round 59: "по её оценке" after a clause naming men only, "по его" women only
    if (person := _ru_one_named(lead, resolver)) is not None:
        return resolver.resolve(person.name)
    return resolver.last_speaker if _ru_names_no_one_word(lead, resolver) else None


# Round 59 (quotesru59): "her words" in a clause naming only men ("Задача, поставленная президентами Садыром Жапаровым
# и Касым-Жомартом Токаевым, — … — выглядит, по её оценке, амбициозной, но «…»") are the last speaker's when she is a
# woman (a surname in -ova/-eva/-ina, or "kyzy"/"qizi"): the pronoun agrees with her and with none of the men; "his"
# in a clause naming only women the same for a man. A surname whose form may be either ("Саидова": his genitive, her
# nominative) leaves the clause to the rules below.
_RU_HER_WORDS = re.compile(r",\s+по\s+е[её]\s")
_FEMALE_NAME = re.compile(r"(?:ova|eva|ina|aya|kyzy|qizi|gizi|kızı)$")
_RU_FEMALE_SURNAME = re.compile(r"[А-ЯЁ][а-яё\-]*(?:ова|ева|ёва|ина|ой|ую|ая)\b")
_RU_MALE_SURNAME = re.compile(r"[А-ЯЁ][а-яё\-]*(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е)?\b")


def _other_sex_named(lead: str, speaker: Person | None, *, feminine: bool) -> bool:
    """Does `lead` name people of the other sex only than `speaker`, who is of the sex the pronoun says (`feminine`)?"""
    if speaker is None or (_FEMALE_NAME.search(speaker.name) is not None) != feminine:
        return False
    men, women = _RU_MALE_SURNAME.search(lead) is not None, _RU_FEMALE_SURNAME.search(lead) is not None
    return (men and not women) if feminine else (women and not men)


# Round 27: a relative clause whose own subject, a name, names the thing the sentence is about, the quote ending the
# clause: "Hungary is an observer in the Organization of Turkic States, which Orbán has called “…”", "the corridor that
# President X once described as “…”" (the words are the named one's, whoever the sentence's subject is; a verb of saying
# is not read here, "which X said was “…”" stays with the rules that weigh who else the sentence names; nor a clause in
# another's reported speech, "Aliyev noted that the deal, which X called “…”", whose words we cannot tell)
# (round 29: or "what" after a linking verb, "the relationship remains what X once called “…”", the analysis magazines'
# form; not the object of another verb, "Y praised what X called “…”", which the subject's rules weigh)
_EN_WHICH_NAME_CALLED = re.compile(
    rf",?\s+(?:which|that|(?:is|was|are|were|remain|remains|remained|becomes|became|be|been)\s+what)\s+(?P<spk>(?:[A-Z][\w\-]*\s+){{0,3}}?[{_EN_CAPITALS}][\w'’\-]+)\s+(?:has\s+|had\s+)?"
    r"(?:(?:long|repeatedly|often|once|previously|also|recently)\s+)?"
    r"(?:called|calls|termed|dubbed|described\s+as|describes\s+as|referred\s+to\s+as|hailed\s+as)\s*$")


# --- round 27 (Azerbaijani, Turkish): the name opening a verb-final sentence is its subject ---------------------------
# "Nuriddincon İsmoilov isə Özbəkistan Prezidenti Şavkat Mirziyoyevin salamlarını … çatdırıb. “…”, - deyə o bildirib":
# the whole sentence resolves to the office holder it names later in the genitive (whose greetings were passed on), but
# the subject of a verb-final sentence is the name in the nominative that opens it, followed by a lower-case word
# ("isə", "da", "ise" or the verb's object); that name, when it names a person of its own, is who spoke
_TURKIC_OPENING_NAME = re.compile(rf"\s*(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),?\s+"
                                  r"(?=[a-zçğıöşüə])")


# Round 60 (quotesazru60): or a titled name opening the sentence before another titled name in the genitive ("Nazir X Y
# Prezident Z W-in … səfəri zamanı … diqqətə çatdırıb"): the second is the owner of the visit, the first the subject
_AZ_PERSON_TITLE_WORD = r"(?:Nazir|Prezident|Baş\s+nazir|Səfir|Spiker|Sədr|Direktor|Deputat|Ekspert)"
_AZ_OPENING_NAME_BEFORE_GENITIVE = re.compile(
    rf"\s*(?:{_AZ_PERSON_TITLE_WORD}\s+)?(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)\s+"
    rf"{_AZ_PERSON_TITLE_WORD}\s+(?:[{CAPITALS}][\w'’\-]+\s+){{0,2}}[{CAPITALS}][\w'’\-]+?(?:[ıiuü]n|n[ıiuü]n)\s")


# Round 28: an Azerbaijani title in the possessive after the opening run makes that run a body's name in the genitive
# ("Jogorku Keneşin sədri jurnalistlərə …", "Gömrük Komitəsinin sədri"), no person: the whole clause's title reads it
_AZ_TITLE_OF_A_BODY = re.compile(rf"(?:{'|'.join(AZ_POSSESSIVE_TITLES)})(?!\w)")


def _turkic_opening_subject(clause: str, person: Person, resolver: Resolver) -> Person | None:
    """The person a two- or three-word name opening `clause` names, when that is someone other than `person` (whom the
    whole clause resolved to), else None."""
    if not (m := _TURKIC_OPENING_NAME.match(clause) or _turkic_participle_opening(clause)
            or _AZ_OPENING_NAME_BEFORE_GENITIVE.match(clause)) \
            or not set(m["name"].split()).isdisjoint(person.name.split()):
        return None  # (the clause's person is the opening name's, in a longer form: "Vaqif Əli oğlu Məmmədov")
    if _AZ_TITLE_OF_A_BODY.match(clause, m.end()):
        return None  # round 28: "Jogorku Keneşin sədri …" opens with a body in the genitive, its chair the subject
    opening = resolver.resolve(m["name"], speaking=False)
    if opening is None or opening.rule in ("anaphor", "office") or opening.name == person.name:
        return None
    return opening


# --- round 27 (Azerbaijani): a genitive after an opening title is the object's owner, not the title's name ------------
# "Spiker Qarabağın bərpasında Özbəkistanın iştirakından danışıb, … “…” olduğunu deyib": the word after "Spiker" is a
# region in the genitive (the restoration of Karabakh), so the title stands alone as the subject (the last speaker it
# means), as "Nazir Quliyev" would not; Azerbaijani glues the case to a name (Turkish writes "Bakan Şahin'in", read as
# a name: _NAME_AFTER_TITLE_OPENING), so only the Azerbaijani titles, a genitive of five letters or more and a
# lower-case word after it
_AZ_TITLES_ALONE = frozenset({"nazir", "baş nazir", "prezident", "spiker", "səfir"})
_AZ_GENITIVE_OWNER = re.compile(r"\w{3,}(?:ın|in|un|ün)\s+[a-zçğıöşüə]")


def _az_genitive_after_title(sentence: str, m: re.Match) -> bool:
    """Is the capitalised word after an opening Azerbaijani title (match `m` of _NAME_AFTER_TITLE_OPENING) a genitive
    with a lower-case word after it ("Spiker Qarabağın bərpasında …")?"""
    return sentence[:m.start()].strip().lower() in _AZ_TITLES_ALONE \
        and _AZ_GENITIVE_OWNER.match(sentence, m.start("name")) is not None


# --- round 27 (Azerbaijani, Turkish): a document's title in quote marks ----------------------------------------------
# "… imzalanmış «Müttəfiqlik münasibətləri haqqında Müqavilə» əlaqələrin …", '"Mali İşbirliği Anlaşması" imzalandı': a
# quote of one short sentence without a full stop that ends in a capitalised noun for a treaty, agreement, declaration,
# memorandum or protocol (any possessive ending) is the document's title, no one's words (a statement names a document
# in lower case or goes on after its name)
_TURKIC_DOCUMENT_TITLE = re.compile(r"^[{caps}][^.!?;:]{{0,150}}\s(?:Müqavilə|Saziş|Anlaşma|Antlaşma|Bəyannamə|Beyanname|"
                                    r"Memorandum|Protokol|Konvensiya|Sözleşme|Deklarasiya|Deklarasyon|Xartiya|Mutabakat "
                                    r"Zaptı)[a-zçğıöşüə]{{0,4}}$".format(caps=CAPITALS))


# --- round 27 (Azerbaijani): a lead sentence naming a company in quote marks -----------------------------------------
# 'Forumda iştirak edən "Xəzər Aqro" şirkətinin direktoru X Y Bakı-Xəbər-ə bildirib ki, …' over '"…", - o deyib': the
# company's name in quote marks (under MIN_WORDS words) is no quote, so the lead is still running text about X Y, whom
# "o" means (_az_lead_sentence read any quote mark as a quote and left the last speaker, another person)
def _without_short_quoted_terms(body: str) -> str:
    """`body` with each term in quote marks of fewer than MIN_WORDS words taken out whole (any quote marks)."""
    return _SHORT_QUOTED.sub(lambda t: " " if _words(t[1]) < MIN_WORDS else t[0], body)


# --- round 27 (Turkish): reported speech with its clause nominalised and the verb last, no quote marks ----------------
# "Duşanbe'de … bir inşaat şirketinin sahibi Murat Aydemir, ziyaretin … moral verdiğini söyledi. Aydemir, "…" diye
# konuştu.": the person opening the sentence (before its first comma) said something, so becomes the last speaker and,
# when the table does not know him, someone a later surname alone means (as _az_nominalised_report does for Azerbaijani)
# (round 64, quotestr64: a reminder so told too, "Cabbarov ise … olduğunu hatırlattı. Bakan, … şunları söyledi:" over
# the quote, dev/1059: the bare "Bakan" is the one who reminded, not the other minister who spoke before)
_TR_NOMINALISED_GATE = re.compile(r"(?:ğunu|ğünü|ğını|ğini)\s")
_TR_NOMINALISED_REPORT = re.compile(r"\w(?:ğunu|ğünü|ğını|ğini)\s+(?:[^.!?“”«»\"\s]+\s+){0,3}?"
                                    r"(?:söyledi|belirtti|vurguladı|kaydetti|ifade etti|dile getirdi|açıkladı|bildirdi|"
                                    r"hatırlattı)\s*[.!]")


def _tr_nominalised_report(body: str, resolver: Resolver) -> None:
    """The last sentence of `body` in that form makes the person before its first comma the last speaker (a name or a
    titled name; not a pronoun or a bare title, which mean the last speaker already)."""
    reports = list(_TR_NOMINALISED_REPORT.finditer(body))
    if not reports:
        return
    sentence = _SENTENCE_BREAK.split(body[:reports[-1].end()].strip())[-1]
    opening = sentence.split(",", 1)[0]
    if _QUOTE_MARK.search(sentence) or opening == sentence:
        return
    person = resolver.resolve(opening, speaking=False)
    if person is not None and person.rule != "anaphor":
        resolver.resolve(opening)


# --- round 27 (Turkish): words another relays, their speaker in the genitive of the clause holding the quote ----------
# 'Kurtulmuş, Rahman'ın Türkiye'yi "stratejik bir ortak" olarak gördüğünü söylediğini aktardı.' (he relayed that Rahmon
# said he saw Turkey as …): the words are the genitive's, the one named in the clause after the sentence's last comma
# (the relayer is the subject before it; an earlier genitive, "Erdoğan'ın selamlarını ileten X", is another clause's)
_TR_RELAYED_AFTER = re.compile(r"^\s*,?\s*(?:olarak\s+)?\w+(?:ğunu|ğünü|ğını|ğini)\s+"
                               r"(?:söylediğini|belirttiğini|ifade ettiğini|dile getirdiğini|vurguladığını)\s+"
                               r"(?:aktardı|iletti|bildirdi|belirtti|söyledi|kaydetti)\s*[.!]")


def _relayed_genitive(before: str, resolver: Resolver) -> Person | None:
    """The one person named in the genitive in the quote's clause after its sentence's last comma, else None."""
    sentence = _SENTENCE_BREAK.split(before)[-1] if before.strip() else ""
    clause = sentence.rsplit(",", 1)[-1]
    if "," not in sentence or _QUOTE_MARK.search(sentence):
        return None
    named = {p.name for m in _GENITIVE_NAME.finditer(clause)
             if (p := resolver.resolve(m["name"], speaking=False)) is not None and p.rule != "anaphor"}
    return resolver.resolve(next(iter(named))) if len(named) == 1 else None


# Round 68 (tacik68): a leader's full honorific titles after the verb, comma-separated ("«…», – заявил на совместной
# пресс-конференции Основатель мира и национального единства – Лидер нации, Президент Республики Таджикистан Эмомали
# Рахмон.", dev/1103): the phrase before the first comma names no one; the last title with the name, up to the
# sentence's end, does (a holder the resolver knows by name or office, nothing else)
_RU_APPOSITIVE_TITLED_NAME = re.compile(r"\s*(?P<phrase>[А-ЯЁ][^.;:!?“”\"«»]{1,120}?)\s*(?:\.|$)")


def _ru_appositive_titled_name(rest: str, resolver: Resolver) -> Person | None:
    """The holder the comma-separated last title and name `rest` opens with names ("Президент Республики X Y Z."),
    else None."""
    if not (m := _RU_APPOSITIVE_TITLED_NAME.match(rest)):
        return None
    phrase = m["phrase"].rsplit(",", 1)[-1].strip()  # (more titles before it: "Лидер нации, Президент …")
    person = resolver.resolve(phrase, speaking=False)
    return resolver.resolve(phrase) if person is not None and person.rule in ("name", "office") else None


# --- round 28 (Russian): a title after the verb, then where or to whom it was said ------------------------------------
# "«…», – сказал глава узбекского внешнеполитического ведомства на совместной пресс-конференции" (at the joint press
# conference), "— отметил министр журналистам": the title resolves alone, the occasion after it is no part of it (a name
# there is read by the resolver's own name search; a title is read whole, so the tail must go)
_RU_OCCASION_AFTER_TITLE = re.compile(r"\s+(?:на|в\s+ходе|во\s+время|по\s+итогам|после|в\s+интервью|в\s+беседе|"
                                      r"журналистам|корреспонденту|в\s+своем|в\s+своём|перед)(?:\s|$)")


def _ru_title_before_occasion(phrase: str, resolver: Resolver) -> Person | None:
    """The person the title before an occasion phrase names ("глава МИД на брифинге" -> the title), else None."""
    m = _RU_OCCASION_AFTER_TITLE.search(phrase)
    return resolver.resolve(phrase[:m.start()]) if m and m.start() > 0 else None


# --- round 28 (Russian): "По его словам, «…»" opening a paragraph before anyone spoke --------------------------------
# "Вице-премьер X Y прибыл в Баку.\n\nПо его словам, «…»": "his words" are the one person the paragraph before names (as
# for "— сказал он" under it, _ru_pronoun_antecedent); two people named there give no one
def _ru_according_opening_paragraph(text: str, paras, para_start: int, own_before: str, resolver: Resolver) -> Person | None:
    """The speaker of a "По его словам" quote opening its paragraph, read from the paragraph before, else None."""
    if resolver.last_speaker is not None or not own_before.startswith(("По его ", "По её ", "По ее ")):
        return None
    _ru_pronoun_antecedent(_previous_paragraph(text, paras, para_start), resolver)
    return _ru_according(own_before, resolver) if resolver.last_speaker is not None else None


# --- round 28 (English): round 21's "X, who has said … “…”," with X the subject of a subordinate clause ------------------
# "The figures came out as leader X Y, who has repeatedly warned that the economy is “…,” prepared to address …": the
# clause after "as" (when, while, after, before, because, since, although) has its own subject, and "who" stands for it
# as for a sentence's subject. Read from the conjunction on, round 21's rule decides (its checks all hold: the clause of
# speech names no one else, it closes after the quote, the subject is all of what stands before ", who"); an object
# before ", who" ("as Japarov met Mirziyoyev, who …") is still no subject. A comma inside the closing mark (the American
# placing, "“…,” prepared") closes the clause as one after it does, also after the sentence's own subject ("Bolat, who
# has said the corridor is “…,” arrived").
_EN_WHO_CLAUSE_CONJUNCTION = re.compile(r"\b(?:as|when|while|after|before|because|since|although|though)\s+(?=\S)")


def _en_who_said_in_clause(own_before: str, after: str, text: str, para_start: int, resolver: Resolver) -> Person | None:
    """The subject of a subordinate clause before ", who said …“…”,", or the sentence's when the comma is inside the
    closing mark, else None."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1]
    who = sentence.rfind(", who ")
    openings = list(_EN_WHO_CLAUSE_CONJUNCTION.finditer(sentence, 0, who)) if who > 0 else []
    comma_inside = after[:1].isspace() and _comma_inside_closing_mark(text, para_start + len(own_before), after)
    if not openings and not comma_inside:
        return None  # the sentence's own subject with the comma after the mark: round 21's call has decided
    clause_start = len(own_before) - len(sentence) + openings[-1].end() if openings else 0
    if comma_inside:
        after = "," + after
    earlier = text[:para_start] + own_before[:clause_start]
    return _en_who_said_partial(own_before[clause_start:], after, earlier, resolver)


def _comma_inside_closing_mark(text: str, quote_start: int, after: str) -> bool:
    """Does the quote opening at `quote_start` end in a comma inside its closing mark ("“…,” prepared")? `after` is the
    text right after the closing mark."""
    end = text.find(after[:40], quote_start) if after.strip() else -1
    return end > quote_start and text[:end].rstrip()[-2:-1] == ","


# --- round 28 (Russian): a bare head of government after the verb, an occasion perhaps after it ----------------------
# "«…», – сказал председатель кабмина на брифинге." (Kyrgyzstan's head of government), "– заявил премьер-министр
# журналистам.": the lead before the quote names who, as for round 25's "– поручил глава правительства."
# (_premier_lead); the resolver takes him only when he heads a government (_premier_anaphor)
_RU_AFTER_VERB_BARE_HEAD = re.compile(
    rf"^\s*[,.!?]?\s*[-–—]\s*(?:{RU_VERBS})\s+(?:(?:председатель|глава)\s+(?:кабмина|кабинета\s+министров)|"
    r"премьер-министр|премьер|глава\s+правительства)"
    r"(?:\s*[.,]|\s+(?:на|в\s+ходе|во\s+время|по\s+итогам|после|журналистам|перед)\s)")
_RU_BARE_HEAD_WORDS = ("кабм", "кабинет", "прем", "глава прав")


def _ru_bare_head_gate(start: str) -> bool:
    """A cheap check: does the text after a quote hold a word of a bare head's title?"""
    return any(word in start for word in _RU_BARE_HEAD_WORDS)


# --- round 28 (Russian): a pronoun or bare occupation interrupting a quote in marks ---------------------------------
# "Экономист X Y прокомментировал данные." then "«…, – считает эксперт. – …»" / "«…, – сказал он. – …»": the interruption
# names its speaker as a dash line's attribution does, so the lead before the quote (its paragraph's text, else the
# paragraph before) is read as for those (_dash_anaphor_subject): "он" is the one person it names, an occupation the one
# unlisted person it names (an office holder is no expert)
_RU_INTERRUPTION_EDGES = re.compile(r"^,?\s+[-–—]\s+|[.,]\s+[-–—]\s+$")


def _ru_dash_inside(text: str, start: int, end: int) -> bool:
    """A cheap check: does a quote's text hold a dash (an interruption perhaps)?"""
    return "–" in text[start:end] or "—" in text[start:end] or " - " in text[start:end]


def _ru_interrupted_anaphor_lead(text: str, piece: tuple[int, int], lead: str, resolver: Resolver) -> None:
    """Make the lead's one person the last speaker when a pronoun or bare occupation interrupts the quote."""
    if not (m := RU_INTERRUPTION.search(text, *piece)):
        return
    part = _RU_INTERRUPTION_EDGES.sub("", text[m.start():m.end()])
    if _RU_PRONOUN_PART.match(part):
        _ru_pronoun_antecedent(lead, resolver)
    elif _RU_OCCUPATION_PART.match(part) and (person := _ru_one_named(lead, resolver)) is not None \
            and person.rule == "unlisted name":
        resolver.last_speaker = person


def _ru_interrupting_occupation(m: re.Match, resolver: Resolver) -> Person | None:
    """The unlisted person the lead named (_ru_interrupted_anaphor_lead) for a bare occupation interrupting a quote."""
    last = resolver.last_speaker
    if last is None or last.rule != "unlisted name" or not _RU_OCCUPATION_PART.match(_RU_INTERRUPTION_EDGES.sub("", m[0])):
        return None
    return Person(last.name, last.role, last.iso3, 0.7, "anaphor")


# --- round 29 (Russian, Azerbaijani, Turkish quotes) ----------------------------------------------------------------
# Reported speech opened by "Как <verb> X," in running text ("Как отметил министр экономики X, товарооборот вырос …"):
# X is the last speaker, whom a later "«…», – подчеркнул министр" or "– сказал он" means, as after "X отметил, что …"
_RU_AS_SAID_REPORT = re.compile(rf"(?:^|[.!?…]\s+)Как\s+(?:{RU_VERBS})\s+(?P<spk>[^,.;:!?«»“”\"]{{1,140}}?)\s*,")


# A paragraph of reported speech holding a term in quote marks ('“Agro Fruit” şirkətinin direktoru X Oxu.az-a bildirib ki,
# …', "директор ТОО «Агро» X заявил, что …") is read as one without marks: its subject is the last speaker, whom a
# later "– o deyib" or "– сказал он" means. Read once, at the paragraph's last term (the part before the term alone would
# miss the subject after it).
def _last_term_of_paragraph(next_start: int | None, para_end: int) -> bool:
    return next_start is None or next_start >= para_end


def _terms_lowered(body: str) -> str:
    """The body with each short term in quote marks in lower case, unmarked: a company's name ("“Qafqaz Meyvə”
    şirkətinin direktoru X") is no subject of the sentence."""
    return _SHORT_QUOTED.sub(lambda t: f" {t[1].lower()} " if _words(t[1]) < MIN_WORDS else t[0], body)


def _without_short_terms(before: str) -> str:
    """The text with each term of under four words in quote marks removed, marks and all."""
    return _SHORT_QUOTED.sub(lambda t: " " if _words(t[1]) < MIN_WORDS else t[0], before)


# Reported speech whose verb points to a clause ("X обращает внимание на то, что …", "указывает на то, что"): its
# subject is the last speaker, whom a later "По его словам, … «…»" means, as after "X отметил, что …"
_RU_POINTS_TO_THAT = re.compile(r"\s(?:обращает|обратил|обратила|указывает|указал|указала|акцентирует|акцентировал|"
                                r"акцентировала)\s+(?:(?:особое\s+)?внимание\s+)?на\s+то,\s+что\b")


# A dash-led line its attribution names a speaker for ("– …, – сказал Кошербаев") is that speaker's turn, as a marked
# quote's is: a minister named before it (in a lead that lists several) no longer makes a later bare "министр" or
# "По словам министра" ambiguous
def _named_speaker_spoke(item: Found, resolver: Resolver) -> None:
    if item.speaker is not None and item.speaker.rule != "anaphor":
        resolver.minister_mentioned = ""


# A bare Azerbaijani title opening the quote's paragraph and its sentence ending in a verb and a colon ("Nazir Daşkənddə
# jurnalistlərə açıqlamasında bildirib: «…»", "Ekspert fikrini belə izah edib:"): the title is the one the paragraph
# before is about ("… naziri X Y Daşkəndə səfər edib."), as after '“…”, – deyə nazir bildirib', not whoever spoke last
_AZ_BARE_TITLE_COLON = re.compile(r"^(?:Nazir|Ekspert|İqtisadçı|Analitik|Politoloq|Səfir|Sədr|Deputat|Direktor)\s"
                                  r"[^.!?«»“”\"]{0,120}?\w(?:ıb|ib|ub|üb)\s*:\s*$")
_AZ_BARE_TITLE_INITIALS = frozenset("NEİAPSD")


def _az_bare_title_colon(before: str) -> bool:
    return _AZ_BARE_TITLE_COLON.match(before) is not None


def _az_opening_sentence_subject(paragraph: str, title: str, resolver: Resolver) -> None:
    """The subject of the paragraph's first sentence, read as the last speaker when the bare title fits him (no deputy
    minister for "Nazir"); its later sentences tell what was done ("Səfər zamanı … Ələt Azad İqtisadi Zonası … sənəd
    imzalanıb") and name no speaker."""
    first = _SENTENCE_BREAK.split(paragraph.strip(), 1)[0]
    if not _AZ_PAST_END.search(first.rstrip(".") + "."):
        return
    if (person := _clause_subject(first, resolver, speaking=False)) is not None and person.rule != "anaphor" \
            and _title_fits(title, person, first):
        resolver.last_speaker = person


# --- round 30 (English): "the latter" / "the former" as the speaker -----------------------------------------------
# "Bayramov met Saidov in Baku. “…,” the latter said." / "The former told reporters: “…”": of the two people the
# sentence before names, the second or the first, not that sentence's subject (whom "he" would mean). Only as the
# speech verb's subject: "the former president" is an office (people.py), and "the latter's" a possessive
_EN_LATTER_AFTER = re.compile(r"^[\s,.]*the\s+(?P<which>latter|former)\s+(?:said|says|added|noted|told|stressed|replied|"
                              r"explained|recalled|emphasi[sz]ed|pointed\s+out|declared|responded|insisted)\b")
_EN_LATTER_BEFORE = re.compile(r"(?:^|[.!?]\s+)The\s+(?P<which>latter|former)\s+(?:said|says|added|noted|told|stressed|"
                               r"replied|explained|recalled|emphasi[sz]ed|pointed\s+out|declared|responded|insisted)\b"
                               r"[^.!?“”\"«»„]*:\s*$")


def _en_latter_or_former(before: str, after: str) -> str:
    """Which of the two ("latter", "former") the quote's speaker is, after the quote or before its colon; "" if neither."""
    m = _EN_LATTER_AFTER.match(after) or _EN_LATTER_BEFORE.search(before)
    return m["which"] if m else ""


def _text_before_latter_or_former(before: str) -> str:
    """The running text of the quote's paragraph before a "The latter said:" sentence ("" when it opens the paragraph)."""
    m = _EN_LATTER_BEFORE.search(before)
    return (before[:m.start()] if m else before).strip()


def _latter_or_former_lead(which: str, lead: str, resolver: Resolver) -> None:
    """Make the second (latter) or first (former) of the people the lead's last sentence names the last speaker; nothing
    when it names fewer than two (then "the latter" is the plain anaphor)."""
    if not lead or _QUOTE_MARK.search(lead):
        return
    sentence = _QUOTE_SENTENCE_BREAK.split(lead)[-1]
    people = {}
    for run in _capital_runs(sentence):
        if (person := resolver.resolve(run, speaking=False)) is not None and person.rule != "anaphor":
            people.setdefault(person.name, run)
    if len(people) >= 2:
        runs = list(people.values())
        resolver.resolve(runs[-1] if which == "latter" else runs[0])


# --- round 30 (English): partial quotes after "described … as having" and a naming relative clause without "which" ---
# "Bayramov described relations with Dushanbe as having “reached …”": the naming verb's "as" takes a participle before
# the quote ("as having", "as being"), the quote still the subject's own description (_subject_partial)
# (round 64, quotesen64: a preposition may follow the participle, "described relations as being at “…”", dev/1051)
_EN_AS_HAVING_END = re.compile(r"\sas\s+(?:having|being)(?:\s+been)?"
                               r"(?:\s+(?:at|in|on|of|among|within|beyond|above|below|near|close\s+to))?\s*$")
# "… around 38 million euros – a figure Foreign Minister X Y has repeatedly called “…”": a noun after a dash or comma
# and a named person's naming verb, the relative "which"/"that" left out (as _EN_WHICH_NAME_CALLED reads it with one);
# the noun's words are lower case, so "the deal Aliyev called" is read and "Aliyev called" alone (no noun) is not
_EN_ZERO_RELATIVE_CALLED = re.compile(
    rf"(?:^|[,–—]\s+)(?:a|an|the|one)\s+(?:[a-z][\w\-]*\s+){{1,3}}"
    rf"(?P<spk>(?:[A-Z][\w\-]*\s+){{0,3}}?[{_EN_CAPITALS}][\w'’\-]+)\s+(?:has\s+|had\s+)?"
    r"(?:(?:long|repeatedly|often|once|previously|also|recently|publicly)\s+)?"
    r"(?:called|termed|dubbed|described\s+as|referred\s+to\s+as)\s*$")

# Round 50 (quotes): the same with a pronoun for the namer, "Ambassador X Y sat down with … to talk about … and a
# relationship he calls “…”": the pronoun is the subject of its clause (a scene before it, "Weeks after Z travelled to
# Astana, Ambassador X Y …", is read past: the clause nearest the pronoun with a subject of its own names him)
_EN_ZERO_RELATIVE_PRONOUN_CALLS = re.compile(
    r"\b(?:a|an|the|one)\s+(?:[a-z][\w\-]*\s+){1,3}(?P<pronoun>he|she)\s+(?:has\s+|had\s+)?"
    r"(?:(?:long|repeatedly|often|once|previously|also|recently|publicly)\s+)?"
    r"(?:calls|called|terms|termed|dubs|dubbed|describes\s+as|described\s+as|refers\s+to\s+as)\s*$")


def _en_pronoun_naming_subject(clause: str, pronoun: str, resolver: Resolver) -> Person | None:
    """The subject of the clause nearest the pronoun that has one (a name, not a pronoun, its sex not the other's)."""
    starts = [0] + [m.end() for m in re.finditer(r",\s+", clause)]
    for start in reversed(starts):
        if (found := _subject(clause[start:], resolver)) is None or found[1]["spk"] in ("He", "he", "She", "she"):
            continue
        person = resolver.resolve(_speaker_phrase(found[1]["spk"]), speaking=False)
        if person is not None and _en_sex_of_name(person.name) in (None, pronoun):
            return resolver.resolve(_speaker_phrase(found[1]["spk"]))
        return None
    return None


# --- round 30 (Russian): partial quotes after a second verb of instruction and after a region named as the object ---
# "Глава государства …, отметил важность договоренностей, достигнутых … с президентом Садыром Жапаровым, и поручил
# правительству «держать …»": the quote is what the subject instructed or urged, after "и" and the verb with up to two
# lower-case words (whom); names earlier in the sentence are in oblique cases, objects of the first verb, no speakers
# (a relative clause or another quote before it still gives no one)
_RU_AND_INSTRUCTED = re.compile(r",\s+и\s+(?:также\s+)?(?:поручил|поручила|призвал|призвала|предложил|предложила|"
                                r"потребовал|потребовала)(?:\s+[а-яё]+){0,2}\s*$")
# "Министр X Y назвал Центральную Азию «…»": a region's name as the object (`_RU_REGION_NAME`, below) names no
# other speaker


def _head_not_named_after(person: Person | None, clause: str, resolver: Resolver) -> Person | None:
    """The subject's person, unless a title ("Глава государства") resolved to the head of state that the sentence
    itself names after it in an oblique case ("… переговоров с президентом Садыром Жапаровым"): then the title means
    the head of state named before him (the resolver has read the whole sentence), or no one."""
    if person is None or person.rule != "anaphor":
        return person
    named = resolver.resolve(ru_nominative(_RU_OBLIQUE_HEAD.sub("", clause)), speaking=False) \
        if _RU_OBLIQUE_HEAD.search(clause) else None
    if named is None or named.name != person.name:
        return person
    earlier = next((p for p in reversed(resolver.named) if p.role == person.role and p.name != person.name), None)
    return Person(earlier.name, earlier.role, earlier.iso3, 0.75, "anaphor") if earlier else None


# "с президентом Садыром Жапаровым": the lower-case title before a declined name, dropped so the name alone resolves
_RU_OBLIQUE_HEAD = re.compile(r"^.*?(?:президент\w*|лидер\w*)\s+(?=[А-ЯЁ])")


# --- round 30 (Turkish): a bare occupation opening a sentence whose partial quote the nominalised clause goes on ---
def _one_named_with_occupation(resolver: Resolver) -> Person | None:
    """The one person the article named after an occupation ("Orta Asya uzmanı Doç. Dr. X Y"), for a later bare
    "Uzman, …" / "Ekonomist, …" (_tr_clause_partial); none when it named none or several."""
    if len(resolver.occupations) != 1:
        return None
    return resolver.resolve(next(iter(resolver.occupations)), speaking=False)


# --- round 30 (English): a partial quote as what the subject accused or blamed another of ---
# "Tatar accused the Greek Cypriot side of “trying to …”", "X blamed Brussels for “…”", "criticised the bank for “…”":
# the quote is the subject's charge (the object already checked to name no person by _plain_object)
_EN_ACCUSING_VERBS = frozenset({"accused", "accuses", "blamed", "blames", "criticised", "criticized", "criticises",
                                "criticizes", "faulted", "faults", "rebuked", "chided"})
_EN_ACCUSED_OF_END = re.compile(r"\s(?:of|for)\s*$")


# --- round 30 (English): a paragraph opening "He described … as “…”" after a lead about one person ---
# "Kazakh President X Y met investors on Monday.\n\nHe described the talks as “…”" / "He called the plan “…”": a
# pronoun and a naming verb opening the paragraph mean the previous paragraph's subject, as "He said …" does
# (_opening_pronoun; wire copy's second paragraph)
_OPENING_PRONOUN_NAMING = re.compile(r"(?:He|She)\s+(?:also\s+)?(?:described|called|termed|dubbed|hailed|"
                                     r"characteri[sz]ed|labell?ed|branded)\b")


# --- round 30: a region's name in any case is no person in a Russian paragraph -------------------------------------------
# (one home for the rule: read both here, for the one person a paragraph names, and for the object of a partial
# quote's verb above)
# "Министр X Y … назвал Центральную Азию «…». «…», — сказал он.": "Центральную Азию" (two capitalised words, as a name
# is written) made a second "person", so the paragraph named no one person and "он" went to whoever spoke before
_RU_REGION_STEMS = ("Ази", "Европ", "Кавказ", "Евраз")
_RU_REGION_NAME = re.compile(r"(?<![\w\-])(?:Центральн|Средн|Южн|Северн|Восточн|Западн|Мал)[а-яё]*\s+"
                             r"(?:Ази|Европ|Кавказ|Евраз)[а-яё]*")


# --- round 30: "он"/"министр" after a quote whose paragraph opens with a named subject and his partial quote -----------
# "Министр экономики X Y, выступая …, назвал регион «…». «…», — сказал тогда министр.": the lower-case quote inside the
# opening sentence is a part of the subject's own words (no other speaker's quote), so the subject is whom the bare
# pronoun or title after the full quote means, found whether that partial quote is read or not; an adverb may stand
# between verb and speaker ("сказал тогда он", "добавил затем министр")
_RU_AFTER_VERB_BARE_SUBJECT = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:{RU_VERBS})\s+"
                                         r"(?:(?:тогда|также|затем|позже|позднее|потом|тоже)\s+)?"
                                         r"(?P<spk>он|она|министр|вице-премьер)(?![\w\-])")
# a quote in lower case (a partial quote or a short term) in Russian marks or straight ones
_RU_LOWER_QUOTED = re.compile(r"«[а-яё][^«»]*»|“[а-яё][^“”]*”|\"[а-яё][^\"]*\"")


def _ru_partial_lead_antecedent(before: str, after: str, resolver: Resolver) -> None:
    """The one person the running text before the quote names (its lower-case quotes read as words) becomes the last
    speaker, a "министр" only when he is one; a capitalised quote before (another's full quote) leaves it."""
    lead = _RU_LOWER_QUOTED.sub(" ", before) if "«" in before or "“" in before or '"' in before else before
    if _quote_marks_beyond_names(lead) or (person := _ru_one_named(lead, resolver)) is None:
        return
    if _RU_AFTER_VERB_BARE_SUBJECT.match(after)["spk"] == "министр" and not _title_fits("министр", person, lead):
        return
    resolver.last_speaker = person


# --- round 30: a Turkic sentence opening with a participle clause, then the name of its subject ------------------------
# "Görüşdə çıxış edən X Y … Prezident İlham Əliyev … rəhbərliyi ilə … yüksəldiyini xatırladıb." / "Forumda konuşan X Y
# …": the one who spoke at the meeting is the subject, not a president named inside the sentence (whom the whole clause
# resolves to, a holder's name counting first); the name is two capitalised words right after the participle (and up
# to three lower-case words), not a body's words before a title ("… edən Kənd Təsərrüfatı naziri X Y": the titled
# name is read by the title rules)
_TURKIC_PARTICIPLE_NAME = re.compile(
    r"\s*(?:[^\s,.;:!?“”«»\"]+\s+){0,3}?[a-zçğıöşüə]+(?:an|ən|en)\s+(?:[a-zçğıöşüə][\w'’\-]*\s+){0,3}?"
    rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])"
    r"(?!\s+(?:[a-zçğıöşüə]+\s+)?(?:naziri|nazirinin|sədri|səfiri|müavini|rəisi|rəhbəri|direktoru|bakanı|başkanı"
    r"|Bakanı|Başkanı|Naziri|Sədri)\b)(?=,?\s+(?P<next>\S+))")


def _turkic_participle_opening(clause: str) -> re.Match | None:
    """The match of a participle clause and the name after it opening `clause` (its group "name"), else None."""
    if "ən " not in clause[:80] and "an " not in clause[:80] and "en " not in clause[:80]:
        return None
    m = _TURKIC_PARTICIPLE_NAME.match(clause)
    # the name ends where a lower-case word or a state's name follows ("X Y Azərbaycan ilə …"), not inside a body's
    # capitalised name ("Foruma katılan Dış Ekonomik İlişkiler Kurulu … Başkanı X Y")
    # (or a president's title opening the object: "… edən X Y Prezident İlham Əliyevin rəhbərliyi ilə …")
    return m if m and (m["next"][:1].islower() or places.is_place_word(m["next"])
                       or m["next"] in _TURKIC_PRESIDENT_WORDS) else None


_TURKIC_PRESIDENT_WORDS = frozenset({"Prezident", "Prezidenti", "Cumhurbaşkanı", "Cumhurbaşkanımız"})


# --- round 30: "the letter says:" before a quote, the letter's sender in the sentence before ---------------------------
# "Prezident İlham Əliyev … təbrik məktubu ünvanlayıb. Məktubda deyilir: «…»" / "Президент X направил поздравительное
# письмо … . В письме говорится: «…»" / "… tebrik mesajı gönderdi. Mesajda şu ifadelere yer verildi: “…”": the words of a
# letter, message or telegram are its sender's, the subject of the sentence before that names the letter (a body's
# letter, or a sentence naming no letter, gives none)
_LETTER_SAYS = re.compile(r"(?:^|[.!?…]\s+)(?:"
                          r"(?:Təbrik\s+)?(?:[Mm]əktubda|[Mm]əktubunda|[Mm]üraciətdə|[Mm]esajda|[Tt]eleqramda)\s+"
                          r"(?:(?:isə|həmçinin|daha\s+sonra)\s+)?(?:deyilir|qeyd\s+olunur|vurğulanır|bildirilir)"
                          r"|В\s+(?:(?:поздравительном|своем|этом)\s+)?(?:письме|послании|телеграмме|обращении)\s*"
                          # (an aside between commas: "В телеграмме, в частности, говорится:")
                          r"(?:,?\s*(?:также|в\s+частности),?\s+)?(?:говорится|отмечается|подчеркивается)"
                          r"|(?:Tebrik\s+)?(?:[Mm]ektupta|[Mm]esajda|[Mm]esajında|[Tt]elgrafta)\s+(?:(?:ise|ayrıca)\s+)?"
                          r"(?:şu\s+ifadelere\s+yer\s+verildi|şu\s+ifadeler\s+yer\s+aldı|şöyle\s+denildi)"
                          r")\s*:\s*$")
_LETTER_WORDS = re.compile(r"məktub|müraciət|mesaj|teleqram|письм|послани|телеграмм|обращени|mektup|telgraf", re.I)


def _letter_says(text: str, paras, para_start: int, before: str, resolver: Resolver) -> Person | None:
    """The sender of the letter whose words follow "Məktubda deyilir:" (the subject of the sentence before, which names
    the letter), else None."""
    if not (m := _LETTER_SAYS.search(before)):
        return None
    lead = before[:m.start()].strip()
    sentence = _SENTENCE_BREAK.split(lead)[-1] if lead else _sentence_before(text, paras, para_start, [""])
    if not _LETTER_WORDS.search(sentence) or _QUOTE_MARK.search(sentence):
        return None
    if "А" <= sentence[:1] <= "Я":
        found = _subject(sentence, resolver)
        return resolver.resolve(found[0].name) if found else None
    person = _clause_subject(sentence, resolver, speaking=False)
    return resolver.resolve(person.name) if person and person.rule != "anaphor" else None


# --- round 31 (English): the subject of a clause after ", but" ------------------------------------------------------
# "The two ministers referred to the target, but X avoided naming a date. “…,” he said": a sentence whose subject is
# no person ("The two ministers", "Talks") may name one as the subject of its last clause after ", but"; "he" then means
# him, not whoever spoke last (_paragraph_subjects reads it only when the sentence's own subject named nobody)
def _en_but_clause_subject(sentence: str, resolver: Resolver) -> bool:
    """Make the subject of the clause after a sentence's last ", but " the last speaker; True when it named one."""
    found = _subject(sentence.rsplit(", but ", 1)[1], resolver)
    if found is None or found[0].rule == "anaphor":
        return False
    resolver.resolve(_speaker_phrase(found[1]["spk"]))
    return True


# --- round 31 (English): an attribution set between commas right before a partial quote ------------------------------
# "He invited firms to Karabakh, where, he said, “the doors are wide open for …”" / "…, which, Aliyev added, “…”": the
# speaker is the inset's ("he" the one the paragraph is about, as in "“…,” he said")
_EN_INSET_SAID = re.compile(rf",\s+(?P<spk>[Hh]e|[Ss]he|[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+)?)\s+"
                            r"(?:said|says|added|adds|noted|stressed|insisted|argued|believes|warned)\s*,\s*$")


def _en_inset_said_speaker(before: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of a ", he said, " inset that ends the text before a quote (a surname alone the one `earlier` named
    in full with it), else None."""
    if not (m := _EN_INSET_SAID.search(before, max(0, len(before) - 60))):
        return None
    return resolver.resolve(m["spk"].lower()) if m["spk"] in ("He", "She") else _surname_speaker(m["spk"], earlier,
                                                                                                  resolver)


# --- round 31 (English): "Another analyst, X Y of the Institute for …, told …" ------------------------------------------
# An indefinite descriptor opens the sentence, then the name, the body "of"/"at" which he works set off by commas, then
# the verb: the name is the subject (SUBJECT reads "Another" as one and "analyst" as its verb)
_EN_DESCRIPTOR_NAME_OF = re.compile(
    rf"(?:Another|One|An?|Yet\s+another)\s+(?:[a-z][\w\-]*\s+){{0,3}}?[a-z][\w\-]*,\s+"
    rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})\s+"
    r"(?P<aside>(?:of|at|from|with)\s+[^,“”\"«»„:;]{3,120}),\s+(?P<verb>[a-z][\w\-]*)")
# and with a title before the name between the commas: "Another analyst, Ashgabat-based consultant X Y, was more
# cautious" (_indefinite_subject: "he"/"she" after it is X Y)
_EN_DESCRIPTOR_TITLED_NAME = re.compile(
    rf",\s+(?:[{CAPITALS}][\w\-]*-based\s+)?(?:[a-z][\w\-]*\s+){{1,3}}"
    rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),")


def _en_descriptor_named(sentence: str, descriptor_end: int, resolver: Resolver) -> bool:
    """Make the person an indefinite descriptor's appositive names ("Another analyst, X Y of the …," / "…, consultant
    X Y,") the last speaker; True when it named one."""
    named = _EN_DESCRIPTOR_NAME_OF.match(sentence) or _EN_DESCRIPTOR_TITLED_NAME.match(sentence, descriptor_end)
    return named is not None and resolver.resolve(named["spk"]) is not None


# --- round 31 (English): "praised Hungary as Ankara's “…”" -------------------------------------------------------------
# A verb that names its object "as" something, with a determiner or a possessive between "as" and the partial quote
# ("praised Hungary as Ankara's “most reliable friend …”", "described the line as its “…”"): as " as" right before it
_EN_AS_OWNER_END = re.compile(rf"\sas\s+(?:(?:its|his|her|their|our|the|a|an)(?:\s+[a-z][\w\-]*['’]s)?"
                              rf"|[{CAPITALS}][\w\-]*['’]s)\s*$")  # (and "as his country's “…”")

# Round 74 (bilingual74): the quote a second complement of "as", coordinated with a plain adjective before it: "Sadykov
# described that target as ambitious but “entirely within reach if …”" (dev/1170), "described the talks as difficult
# yet “…”" (the rest before "as" naming nobody, as for a bare "as")
_EN_AS_QUALITY_AND_END = re.compile(r"\sas\s+(?:(?:very|rather|quite|too|highly|so|more|less)\s+)?[a-z][\w\-]*,?\s+"
                                    r"(?:but|yet|and|though|although)\s*$")


# --- round 31 (English): a wire story's dateline before the first sentence's subject ----------------------------------
# "ASTANA, May 11 (Reuters) - X said …", "ALMATY, Nov. 14 -- X …", "BAKU (AP) — X …": the city in capitals, a date, the
# agency in brackets and a dash open the sentence; the subject comes after them (_subject matches from there)
# (or its tail after the sentence break an abbreviated month makes, "ASTANA, Dec." | "2 (Xinhua) -- X said …")
_EN_DATELINE = re.compile(rf"(?:[{CAPITALS}][{CAPITALS}'’.\- ]+(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}"
                          # round 39 (English quotes A): or its state, "BAKU, Azerbaijan — X said …" (US wire style)
                          r"|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
                          r"(?:\s*\([^()]{2,30}\))?|\d{1,2}\s*\([^()]{2,30}\))\s*(?:--|[-–—])\s+")


# --- round 31 (English): "According to X, …" as the sentence before "“…,” he said" ------------------------------------
def _en_according_subject(sentence: str, resolver: Resolver) -> bool:
    """Make the person of a sentence opening "According to X, …" (a person, no source) the last speaker, when the
    rest names nobody; True when it named one."""
    m = _ACCORDING_OPENING.match(sentence)
    return m is not None and not _according_source(m, resolver) and _according_speaker(m, "", resolver) is not None


# --- round 31 (English): a preposition's phrase before the subject's comma ----------------------------------------------
# "Unlike Aliyev, Tokayev avoided the topic.", "After Erdoğan, Aliyev spoke": the name after the preposition is no
# subject (_name_opening), so the subject SUBJECT reads after the comma stands
_EN_PHRASE_OPENERS = frozenset({"unlike", "like", "after", "before", "during", "with", "without", "for", "to", "from",
                                "by", "at", "in", "on", "under", "despite", "following", "amid", "besides", "beyond",
                                "among", "against", "alongside", "except", "including", "than"})


# --- Round 31 (Russian, Azerbaijani, Turkish): a name of three words read as its last two -------------------------
# A speaker read as two words ("Turgunbek Uulu", "Fatikh Kachyr") whom the article names in full with one more given
# name before them ("Meclis Başkanı Nurlanbek Turgunbek Uulu", "министр … Турции Мехмет Фатих Качыр"): a Kyrgyz name
# whose surname is a father's name and "Uulu"/"Kyzy", or a Turkish name of two given names, the first one of the
# few that open most such names (Mehmet, Ahmet, Mustafa, …; a capitalised word before a two-word name is far more
# often a city in the genitive, "аким Караганды Ерм…", an outlet, "РИА Новости", or an English noun, "Assembly
# László Kövér"). The speaker is the full name when the article writes exactly one such word before the two (no
# title, place, region, acronym, hyphenated or place-case word); an office holder's name is the table's and stays.
_THREE_WORD_RUN = re.compile(rf"[{CAPITALS}][\w\-]+(?:[^\S\n]+[{CAPITALS}][\w\-]+){{2,}}(?![\w'’])")
# (an ablative, "Gəncədən"; no locative: "Aida", "Farida" are given names, and a declined state or capital is a place word)
_GIVEN_NAME_NOT = re.compile(r"\w{3}(?:dan|dən|den|tan|tən|ten)$")
_KYRGYZ_PATRONYMIC_SURNAME = frozenset({"uulu", "kyzy", "уулу", "кызы"})
# the first of two Turkish given names, as Turkish, Azerbaijani and BGN/PCGN-romanised Russian write it
_TURKISH_FIRST_GIVEN_NAMES = frozenset({
    "Mehmet", "Ahmet", "Mustafa", "Ali", "Hasan", "Hüseyin", "İbrahim", "Osman", "Abdullah", "Muhammed", "Yusuf", "Ömer",
    "Məhəmməd", "Əhməd", "Həsən", "Hüseyn", "Mekhmet", "Akhmet", "Khasan", "Khuseyn", "Ibragim", "Abdulla",
    "Mukhammed", "Omer"})
# Round 57 (quotesen57): a woman's name of two given names ("Ayşe Nur Karaman", cut to "Nur Karaman" by the surname
# rules): the first of the few that open most such names, and the second given names that follow most such firsts
# ("Nur", "Gül": "Büşra Nur Aydın", "Ayşe Gül Demir"), after which any word that may be a given name and is no day or
# month ("On Monday Nur Aydın said" is two) is the first (_may_be_given_name)
_TURKISH_WOMEN_FIRST_GIVEN_NAMES = frozenset({
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Ayshe", "Khatidzhe"})
_TURKISH_SECOND_GIVEN_NAMES = frozenset({"Nur", "Gül"})


@lru_cache(maxsize=2)
def _three_word_runs(text: str) -> list[str]:
    """The article's runs of three capitalised words or more (_THREE_WORD_RUN), found once for all its speakers: a
    search of the whole text for each speaker was a fortieth of all extraction time (round 66, speed). Callers only
    read the list."""
    return _THREE_WORD_RUN.findall(text)


def _third_name_word(text: str, name: str) -> str | None:
    """The one given name the text writes before the two words of `name` (Cyrillic runs read romanised), else None."""
    last_two = name.split()
    patronymic = last_two[-1].lower() in _KYRGYZ_PATRONYMIC_SURNAME
    second_given = last_two[0] in _TURKISH_SECOND_GIVEN_NAMES  # round 57: "Nur Karaman" of "Ayşe Nur Karaman"
    given = set()
    for run in _three_word_runs(text):
        words = run.split()
        cyrillic = is_cyrillic(words[-1])  # (and the given name too: "Silk Cargo Line Рустам Хакимов")
        latin = [romanize(word) for word in words] if cyrillic else words
        given.update(latin[i - 1] for i in range(1, len(words) - 1)
                     if latin[i:i + 2] == last_two and is_cyrillic(words[i - 1]) == cyrillic
                     and (patronymic or latin[i - 1] in _TURKISH_FIRST_GIVEN_NAMES
                          or latin[i - 1] in _TURKISH_WOMEN_FIRST_GIVEN_NAMES
                          or (second_given and latin[i - 1].lower() not in _EN_DAY_MONTH_WORDS))
                     and _may_be_given_name(words[i - 1], latin[i - 1]))
    return given.pop() if len(given) == 1 else None


def _may_be_given_name(word: str, latin: str) -> bool:
    """No title, place, region, acronym or place-case word ("Başkanı", "Турции", "Азии", "РАН", "Bakıda", "Kok-Tash")."""
    return not (latin in _PERSON_TITLES or latin.lower() in _TITLE_WORDS or latin.lower() in _RU_TITLE_LATIN
                or word.lower() in _TITLE_WORDS  # (Russian opening adverbs are there: "Затем Асхат Нурланов …")
                or "-" in word or word[1:2].isupper() or places.is_place_word(word) or word.lower() in _LOCAL_BODY_WORDS
                or word.lower() in _RU_BODIES_BEFORE_NAME or _GIVEN_NAME_NOT.search(word))


# a body in the genitive before its head's name ("Председатель Мажилиса Ерлан Кошанов", "главы Сената …")
_RU_BODIES_BEFORE_NAME = frozenset({"мажилиса", "сената", "меджлиса", "парламента", "курултая", "кенеша", "совета",
                                    "союза", "банка", "фонда", "компании", "ассоциации", "палаты", "комиссии"})


_RU_TITLE_LATIN = frozenset(romanize(word) for word in _RU_TITLE_WORDS)


def _three_word_names(text: str, found: list[Found]) -> list[Found]:
    """Each unlisted two-word speaker as the article names him in full with a given name more (_third_name_word)."""
    for item in found:
        speaker = item.speaker
        if speaker is None or speaker.name.count(" ") != 1 or officeholders.by_name(speaker.name):
            continue
        if (word := _third_name_word(text, speaker.name)) is not None:
            item.speaker = speaker._replace(name=f"{word} {speaker.name}")
    return found


# --- Round 31 (Russian): "По словам X, … ." then a paragraph "«…», — подчеркнул вице-премьер/он." --------------------
# The paragraph before the quote reports X's words in the genitive ("По словам Жумангарина, в портфеле …"): the bare
# title or pronoun after the quote is X, as "он" after such a sentence in the quote's own paragraph is (round 27); not
# when that paragraph names someone after it (_ru_according_antecedent). A title that fits X alone is read so: X is
# named by his name alone ("По словам экономиста X Y" names an occupation, the title's own rules read it).
_RU_ACCORDING_TO_NAME = re.compile(r"По\s+(?:словам|мнению)\s+[А-ЯЁ]")


def _ru_according_title_antecedent(lead: str, title: str, resolver: Resolver) -> None:
    if title in ("он", "она") or _RU_ACCORDING_TO_NAME.search(lead):
        _ru_according_antecedent(lead, resolver)


# --- Round 31 (Russian): an occupation and an outlet's Latin name after a quote --------------------------------------
# "«…», – пояснил эксперт Atameken Business.": Russian news writes a person's name in Cyrillic, so Latin words after a
# bare occupation are the outlet or firm he speaks for, no name; RU_VERB_OCCUPATION reads the line (the expert the
# paragraph before names), not the name rules
_RU_OCCUPATION_OF_OUTLET = re.compile(r"(?:эксперт|экономист|аналитик|политолог|специалист)\s+[A-Z][a-z]")


# --- Round 31 (Russian): a press service named by its principal passes on his words --------------------------------
# "«…», — цитирует пресс-служба Рахмона слова президента." / "— приводит пресс-служба Токаева слова главы государства":
# the source first, then the words of one whose title (a bare title in the genitive) is the press service's principal;
# a name after "слова" is that person ("— приводит пресс-служба МИД слова Джейхуна Байрамова").
_RU_PRESS_SERVICE_OF = re.compile(
    r"^\s*[,.!?]?\s*[-–—]\s*(?:цитирует|приводит)\s+пресс-служб\w*\s+(?P<owner>[^.;:!?«»“”\"]{1,60}?)\s+"
    r"слова\s+(?P<spk>[^.;:!?«»“”\"]{1,60}?)\s*(?=[.,;]|$)")
_RU_BARE_PRINCIPAL = frozenset({"президента", "главы государства", "лидера", "премьер-министра", "министра",
                                "главы правительства"})


def _ru_press_service_of(after: str, resolver: Resolver):
    """(speaker, span end) of '— цитирует пресс-служба X слова президента', else None."""
    if not (m := _RU_PRESS_SERVICE_OF.match(after)):
        return None
    phrase = m["owner"] if m["spk"].strip() in _RU_BARE_PRINCIPAL else m["spk"]
    person = resolver.resolve(ru_genitive_phrase(phrase.strip()))
    return (person, m.end()) if person is not None else None


# --- Round 32 (Russian and Azerbaijani quotes) -----------------------------------------------------------------------
# "«…», — заявил Президент Кыргызстана в ходе встречи.": official and press-service Russian capitalises the title after
# the verb; the occasion after it ("в ходе встречи", "на брифинге") goes as after a lower-case one (round 28's
# _ru_title_before_occasion). Only a title word opens it: a name there is read by the resolver's own name search.
RU_CAPITAL_TITLE_OPENINGS = ("Президент ", "Премьер-министр ", "Председатель ", "Глава ", "Министр ", "Спикер ",
                             "Вице-премьер ", "Посол ")
# "Во вторник спикера Мажилиса принял Садыр Жапаров.": a past verb between a head's title and a name makes the title the
# object and the name the sentence's subject, who is no head of that body (_ru_body_head reads the titled mentions)
RU_PAST_VERB_IN_TITLE = re.compile(r"\s[а-яё]{2,}(?:ал|ял|ил|ел|ыл|ул)(?:а|и|ся|ась|ись)?(?=\s|$)")


# "Azərbaycanlı sahibkar, “Gəncə Aqro” MMC-nin rəhbəri Elnur Quliyev isə … deyib. Onun sözlərinə görə, …: “…”": a
# descriptor and a comma before the subject's title and name, "isə" after it; the subject then runs to "isə" (the
# comma alone would leave only "Azərbaycanlı sahibkar", which names no one). Only an "isə" within the first eighty
# characters after a comma: a later one is another clause's.
AZ_APPOSITIVE_SUBJECT_ISE = re.compile(r"(?=[^.!?]{0,40},[^.!?]{0,80}?\s+isə\b)[^.!?]{0,120}?(?P<end>\s+isə\b)")


# '"…", - dövlət başçısı o zaman bildirmişdi.' (the head of state said then): words said earlier, recalled in a later
# report, take the past perfect ("bildirmişdi", "demişdi", "qeyd etmişdi") and often a time between the speaker and the
# verb ("o zaman", "ötən il", "həmin gün"); AZ_AFTER wants the present perfect right after the speaker, so the time
# would stay in the speaker's phrase and resolve to no one
_AZ_PAST_PERFECT = (r"(?:bildir|de|qeyd\s+et|əlavə\s+et|bəyan\s+et|söylə)mişdi[rk]?|(?:vurğula)mışdı[rk]?")
_AZ_EARLIER_TIME = (r"o\s+zaman|o\s+vaxt|həmin\s+vaxt|həmin\s+gün|o\s+gün|daha\s+əvvəl|bir\s+qədər\s+əvvəl|ötən\s+il|"
                    r"keçən\s+il|o\s+dövrdə|o\s+zaman\s+da")
AZ_AFTER_EARLIER = re.compile(rf"^\s*[,.]?\s*[-–—]\s*(?:deyə\s+)?(?P<spk>[^\s.;:!?«»“”\"\-–—][^.;:!?«»“”\"]{{0,59}}?)"
                              rf"(?:\s+(?P<time>{_AZ_EARLIER_TIME}))?\s+(?:(?P<perfect>{_AZ_PAST_PERFECT})|{AZ_VERBS})\s*[.;]")


def _az_earlier_words_gate(after: str) -> bool:
    """A cheap check: a past perfect ("-mişdi", "-mışdı") or a time word near the start of the text after a quote."""
    head = after[:100]
    return any(word in head for word in _AZ_EARLIER_GATE_WORDS)


_AZ_EARLIER_GATE_WORDS = ("şdı", "şdi", " zaman ", " vaxt ", "əvvəl ", "ötən il", "keçən il", "həmin gün", " o gün", "dövrdə")


def _az_earlier_words(after: str, resolver: Resolver) -> tuple[Person, int] | None:
    if not (m := AZ_AFTER_EARLIER.match(after)) or not (m["time"] or m["perfect"]):
        return None  # the present perfect with no time is AZ_AFTER's
    person = resolver.resolve(_speaker_phrase(m["spk"]))
    if person is None and m["spk"][:1].islower() and (bare := _az_title_before_more_words(m["spk"])):
        person = resolver.resolve(bare)  # round 39: '– deyə nazir həmin müsahibədə qeyd etmişdi' (an occasion between)
    return (person, m.end()) if person else None


# "Bakıdakı … Birliyinin sədri X Y isə daha nikbindir: “…”" (is more optimistic), "Ekspert X Y isə fərqli fikirdədir:"
# (is of another view), "… isə ehtiyatlıdır:": a stance told by a predicate in "-dır" with no verb of speech; the subject
# before "isə" speaks (SUBJECT reads no Azerbaijani lower-case title inside the phrase, "Birliyin sədri X Y"). The
# predicate is lower-case words only, so it names no one.
AZ_STANCE_COLON = re.compile(r"(?:^|[.!?]\s+)(?P<spk>[^.!?:“”\"«»]{3,140}?)\s+isə\s+(?:[a-zəıöüşçğ]+\s+){0,3}"
                             r"[a-zəıöüşçğ]+(?:dır|dir|dur|dür|tır|tir|tur|tür)\s*:\s*$")


def _az_stance_subject(tail: str, resolver: Resolver) -> Person | None:
    if not (m := AZ_STANCE_COLON.search(tail)):
        return None
    return resolver.resolve(_unquote_terms(m["spk"]).strip())


# "Görüşdə dövlət başçısı Prezident Kasım-Jomart Tokayevlə aramızda “…” olduğunu qeyd edib": a name in the comitative
# ("-la/-lə", "-yla/-ylə": with X), a title perhaps before it, is who the subject spoke with, never the subject; read
# as a name it would take the partial quote. Only a surname's ending before the suffix, so a word like "bununla" stays.
AZ_COMITATIVE_NAME = re.compile(r"(?:[A-ZÇĞİÖŞÜƏ][\w\-]+\s+){0,2}[A-ZÇĞİÖŞÜƏ][\w\-]*"
                                r"(?:(?:ov|ev|in|ın|on|an|ova|eva|ina|ına)(?:la|lə)|[aeıioöuüə](?:yla|ylə))(?=[\s,])")


def _az_without_comitative_name(m: re.Match) -> str:
    """The match dropped, unless its last word is a place ("X Y Türkmənistanla münasibətləri" keeps its subject)."""
    stem = m[0].rsplit(None, 1)[-1][:-2].removesuffix("y")
    return m[0] if places.is_place_word(stem) or places.codes_in(stem) else ""


# "Министр торговли … X Y провел встречу …" then "— …, — пояснил министр журналистам.": a dash line attributed to a bare
# "министр" (an occasion or the hearers perhaps after it) is the one person the paragraph before names, as "он" is
# (_ru_pronoun_antecedent), when that paragraph names a minister; a quote in marks had this already (_ru_dash_after)
RU_BARE_MINISTER_DASH_PART = re.compile(rf"^(?:{RU_VERBS})\s+министр(?:\s+(?:журналистам|корреспонденту|"
                                        r"(?:на|в\s+ходе|во\s+время|по\s+итогам|после)\s+[а-яё\-]+))?\s*[.,]?$")



# 'Şirkətin rəhbəri X Y “…”, – deyə bildirib.': the speaker opens the sentence before the quote and "deyə" after it has
# no name of its own (AZ_DEYE wants one); the sentence's subject speaks, when the quote's sentence opens with it (no
# sentence break between) and the words before the quote name one person
AZ_DEYE_BARE_VERB = re.compile(rf"^\s*,?\s*[-–—]?\s*deyə\s+(?:{AZ_VERBS})\s*[.;]")


def _az_subject_before_deye(before: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(before)[-1] if before.strip() else ""
    if not sentence.strip() or sentence.rstrip()[-1:] in (".", "!", "?", "…", ":") or _QUOTE_MARK.search(sentence):
        return None
    return _clause_subject(sentence, resolver)


# "Он передал казахстанскому лидеру «самые теплые пожелания и приглашение посетить …»" (conveyed), "пожелал народу
# Кыргызстана «мира и процветания …»" (wished): the press services' verbs of greetings, their object the subject's own
# words; the one greeted, in the dative before the quote, is no speaker (so the object may name him: the head of state
# the wishes go to), and the subject speaks
RU_CONVEYING_VERBS = frozenset({"передал", "передала", "пожелал", "пожелала"})


# --- round 32 (Turkish quotes): the verb before the speaker right after the quote ('"…," dedi Aliyev.') -----------------
# A sentence of running text before the quote ("Erdoğan ise forumda … değindi. "…," dedi Aliyev.") made the verb-final
# rule give the quote to that sentence's subject; the name after "dedi" is the speaker (as _tr_inverted reads it when
# nothing else did), and a next quote with no attribution of its own goes on in his voice (`next-sentence`)
def _tr_inverted_named(after: str, earlier: str, resolver: Resolver):
    """(speaker, "said-after", span end) of a quote followed by '" dedi X' naming a person, else None. `earlier`: the
    article up to the quote."""
    if not (m := TR_VERB_SPEAKER.match(after)) or m["spk"].lower() in _TR_BARE_TITLES:
        return None  # ('"…" dedi Bakan.': a bare title is for the rules of the sentence before)
    person = named_in_full(earlier, m["spk"], resolver) or resolver.resolve(m["spk"])
    return (person, "said-after", m.end()) if person is not None else None


# Round 59 (quotesaztr59): the verb before a body's name and a lower-case role in its possessive ('"…," diye konuştu
# TİM yöneticisi.', "dedi DEİK başkanı", "diyor Bakanlık sözcüsü"): the person the article last named with that body
# opening his title ("Türkiye İhracatçılar Meclisi (TİM) Başkan Vekili X Y", "DEİK Türkiye-Özbekistan İş Konseyi
# Başkanı X Y"); none when it named no one so
TR_VERB_BODY_ROLE = re.compile(r"^\s*[,.!?]?\s*(?:dedi|diyor|diye\s+(?:ekledi|konuştu|devam etti|sürdürdü|ekliyor|"
                               r"konuşuyor|devam ediyor|sürdürüyor))\s+"
                               rf"(?P<body>[{CAPITALS}][\w\-]+)\s+(?:yöneticisi|başkanı|sözcüsü|temsilcisi|yetkilisi|"
                               r"direktörü|müdürü|uzmanı)\s*(?:[,.]|$)")


def _tr_inverted_body_role(after: str, earlier: str, resolver: Resolver):
    """(speaker, "said-after", span end) of a quote followed by '" dedi <Body> <role>', else None."""
    if not (m := TR_VERB_BODY_ROLE.match(after)):
        return None
    body = re.escape(m["body"])
    title = None
    for title in re.finditer(rf"(?<![\w\-]){body}\)?((?:\s+[{CAPITALS}][\w\-]*){{2,8}})", earlier):
        pass  # the last one
    if title is None:
        return None
    person = resolver.resolve(f"{m['body']}{title[1]}", speaking=False)
    if person is None or person.rule == "anaphor":
        return None
    return resolver.resolve(f"{m['body']}{title[1]}"), "said-after", m.end()


# --- round 32 (Turkish quotes): a headline label of four words before the place of the stay ----------------------------
# 'Özbekistan Dışişleri Bakanı Saidov Ankara'da: "…"' (Memurlar, Aktif Haber, Posta: the state, the ministry, the title,
# the surname, then where he is): the place in the locative is no word of the name (_without_place_of_stay), so it does
# not count towards the label's four words either; a label of five words before it is still none
_LABEL_STAY = re.compile(r"\s+(?P<place>[^\s:“”«»\"„]+)(?P<colon>\s*:\s*)$")


def _label_without_stay(label: str) -> str:
    """A headline's text up to its quote (ending in the label's colon) without the label's last word when that is a
    place of stay in the locative ("… Saidov Ankara'da: " -> "… Saidov: ")."""
    if not label.rstrip().endswith(":") or not (m := _LABEL_STAY.search(label)) or not _place_in_locative(m["place"]):
        return label
    return label[:m.start()] + m["colon"]


def _label_state_word(word: str) -> bool:
    """Round 32: a state's name before the titles of a headline label ("Özbekistan Ekonomi Bakanı Kudratov") belongs to
    the title, as "Ekonomi" does, so the surname alone is looked up in the body ("Laziz Kudratov"). Round 41 (Turkish
    quotes): so does a Turkish demonym ("Kazak Bakan Şakkaliyev", "Macar Bakan Nagy")."""
    return places.is_place_word(word) or _local_demonym(word)


# --- round 32 (Turkish quotes): "these words" in the sentence after the quote name its speaker -------------------------
# '"…" Güler bu sözleri Bakü'deki törende söyledi.', '"…" Bu açıklamayı yapan Bakan Bolat, …', "Bu sözleri … Fidan dile
# getirdi.": the Turkish form of AZ_THESE_WORDS (the Azerbaijani "bu sözləri … deyib"); the one person the sentence names
# in the nominative speaks, nobody when it names two
_TR_THESE_NOUNS = r"(?:sözleri|ifadeleri|açıklamayı|değerlendirmeyi|mesajı)"
_TR_THESE = rf"(?:[Bb]u\s+{_TR_THESE_NOUNS}|[Bb]unu)"
_TR_THESE_VERB = r"(?:söyledi|kullandı|yaptı|dile getirdi|sarf etti|açıkladı|verdi)"
TR_THESE_WORDS = re.compile(
    rf"^\s*[.!?]?\s*(?:(?P<subject>[{CAPITALS}][^.;!?“”\"«»]{{1,80}}?)\s+(?:bu\s+{_TR_THESE_NOUNS}|bunu)|{_TR_THESE})"
    rf"\s+(?P<rest>[^.;!?“”\"«»]{{0,150}}?)\s*{_TR_THESE_VERB}\s*(?:[.;]|$)")
TR_THESE_WORDS_PARTICIPLE = re.compile(
    rf"^\s*[.!?]?\s*{_TR_THESE}\s+[^.;!?“”\"«»]{{0,100}}?(?:söyleyen|kullanan|yapan|dile getiren|sarf eden)\s+"
    rf"(?P<rest>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,5}})\s*,")


def _tr_these_words(after: str, resolver: Resolver):
    """(speaker, span end) of a quote followed by a Turkish sentence of "these words" naming one person, else None."""
    if m := TR_THESE_WORDS_PARTICIPLE.match(after):
        person = resolver.resolve(m["rest"], speaking=False)
    elif m := TR_THESE_WORDS.match(after):
        person = _one_named(" ".join(filter(None, (m["subject"], m["rest"]))), resolver, nominative=True)
    else:
        return None
    return (resolver.resolve(person.name), m.end()) if person is not None else None


# --- Round 32 (English quotes): a subject whose own body's name follows the name ------------------------------------
# "Economist X Y of the Tashkent-based Center for Economic Research and Reforms believes …. “…,” he told …", "Political
# scientist Dr X Y of Near East University said …": SUBJECT reads a name's "of"-words only up to seven capitalised words
# joined by no "and" (so "Aliyev and Tokayev" is two people), and a lower-case title's name with nothing after it, so
# the sentence opened with nobody and the quote's "he" went to whoever spoke before. The body phrase after the name
# ("of/at/from the [X-based] Centre for … and …", "of Z University") is blanked with spaces of its length, so the
# match keeps the sentence's offsets for the callers, and the subject is the name before it.
# (round 39, English quotes B: a city's possessive may stand before the body, "of Ankara's Başkent University")
_EN_OWN_BODY_AFTER_NAME = re.compile(
    rf"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:['’]s)?\s+){{0,3}}(?:{_EN_BODY_KINDS})\b"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:(?:\s+|,\s+|\s+and\s+|\s+of\s+|\s+for\s+)[A-Z][\w\-]*)*)?")


def _en_subject_past_body_name(sentence: str) -> re.Match | None:
    body = _EN_OWN_BODY_AFTER_NAME.search(sentence, 0, 200) or _EN_OWN_LOWER_BODY_AFTER_NAME.search(sentence, 0, 200) \
        or _EN_OWN_ALL_LOWER_BODY_AFTER_NAME.search(sentence, 0, 200)  # round 39 (English quotes C)
    if body is None:
        return None
    return SUBJECT.match(sentence[:body.start()] + " " * len(body[0]) + sentence[body.end():])


# --- Round 32 (English quotes): a paragraph opened by a bare title with a body's or country's word ----------------------
# "The Senate chairwoman stressed the role of parliaments. She called Hungary “…”": SUBJECT reads "The Senate" as the
# subject and "chairwoman" as its verb (its titles before a verb are offices of state), so the sentence named nobody and
# "She" went to the minister who had spoken before. The title (one of people's bare titles, "chairwoman", "ambassador",
# "governor") with at most one word before it ("The Senate chairwoman", "The bank chairman") and a lower-case verb after
# it is the subject; the resolver gives the one person named with that title (none when two were).
_EN_THE_TITLE_OPENING = re.compile(
    rf"(?P<spk>The\s+(?:[\w\-]+\s+)?(?:{'|'.join(_EN_TITLE_KIN)}))\s+(?:also\s+)?[a-z]")

# Round 64 (quotesen64): a paragraph opened by a state's head of government by that title ("The Kyrgyz head of
# government struck a similarly warm tone. “…”", dev/1051; "Kazakhstan's head of government was more cautious."):
# SUBJECT reads "The Kyrgyz" as the subject and "head" as its verb, so the sentence named nobody and the quote's "he"
# went to the premier who spoke before. The resolver gives the state's premier on the day
# (people.en_state_head_of_government).
_EN_THE_STATE_HEAD_OF_GOVERNMENT_OPENING = re.compile(
    rf"(?P<spk>(?:The\s+[\w\-]+|[{CAPITALS}][\w\-]+['’]s)\s+head\s+of\s+(?:the\s+)?government)\s+(?:also\s+)?[a-z]")


# Round 48: the same opening with its verb, as SUBJECT's match gives it, for a partial quote the sentence ends
_EN_THE_TITLE_VERB = re.compile(_EN_THE_TITLE_OPENING.pattern.replace("[a-z]", "(?P<verb>[a-z][\\w\\-]*)", 1))


# Round 49 (English quotes): the subject said first as whose counterpart or host he is, then his title and name between
# commas ("His Turkmen counterpart, Deputy Chairman of the Cabinet of Ministers and Foreign Minister X Y, described …"):
# the name in the commas is the subject (a person the resolver knows by name, no pronoun's)
_EN_KIN_APPOSITION_VERB = re.compile(r"(?:His|Her|Their|The)\s+(?:[A-Za-z][\w\-]*\s+){0,2}(?:counterpart|host|guest|"
                                     r"colleague|partner)s?,\s+(?P<spk>[A-Z][^,;:“”\"«»„]{3,120}?),\s+(?:also\s+)?"
                                     r"(?P<verb>[a-z][\w\-]*)")


# Round 49 (English quotes): "The Kyrgyz official said …", a demonym and "official" the subject (people's
# _EN_STATES_OFFICIAL: the last speaker of that state)
_EN_THE_STATES_OFFICIAL_VERB = re.compile(r"(?P<spk>The\s+[A-Z][a-z]+\s+official)\s+(?:also\s+)?(?P<verb>[a-z][\w\-]*)")


def _en_states_official_named(phrase: str, resolver: Resolver) -> Person | None:
    """Round 50 (quotes): "The Kyrgyz official was equally upbeat. According to him, …": the last speaker when he is of
    that state (the resolver's round 49 reading), else, when he is of another, the one person the article named so far
    of that state or of none told ("First Deputy Chairman … X Y" beside the Hungarian minister who spoke last)."""
    if (person := resolver.resolve(phrase)) is not None:
        return person
    last, codes = resolver.last_speaker, places.codes_in(phrase.split()[1])
    if last is None or not last.iso3 or not codes or last.iso3 in codes:
        return None
    people = resolver.named + (resolver._unlisted_people() if resolver.unlisted else [])
    named = {p.name for p in people if p.name != last.name and " " in p.name and (not p.iso3 or p.iso3 in codes)}
    return resolver.resolve(named.pop()) if len(named) == 1 else None


# --- Round 32 (English quotes): the verb first, then a lower-case title and the name -----------------------------------
# "“…,” said veteran diplomat X Y." / "“…,” says economist X Y." (wires, business papers): AFTER_VERB_SPEAKER wants a
# capital or an office of state after the verb, so the quote went unattributed. A title of _LOWER_TITLES with up to two
# lower-case words before it (no article: "said the head of …" is AFTER_VERB_TITLE_NAME's), then a full name that ends
# the attribution.
AFTER_VERB_LOWER_TITLE_NAME = re.compile(
    rf"^\s*[,.!?]?\s*(?:said|says|added|noted|argued|explained|warned|told\s+[a-z]+)\s+"
    rf"(?:(?!(?:the|a|an|one|another|his|her)\s)[a-z][\w\-]*\s+){{0,2}}?(?:{_LOWER_TITLES})\s+"
    rf"(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})\s*(?:[.;]|,\s|$)")


# --- Round 33 (English full quotes): a surname alone opening the quote's paragraph, named in full before -----------------
# "… held talks with his Kazakh counterpart, Yerlan Akkenzhenov, and …" / "Akkenzhenov was careful. “…,” he said": the
# resolver never noted the name (no capitalised title), so the sentence's subject was nobody and "he" stayed the last
# speaker. A surname alone opening a sentence (any verb, as SUBJECT reads it) that the article named in full before is
# the one "he" means, as _surname_subject_named_before makes it for a partial quote.
def _en_surname_opening_subject(sentence: str, earlier: str, resolver: Resolver) -> bool:
    if not _surname_subject_named_before(sentence, earlier, resolver) or (found := _subject(sentence, resolver)) is None:
        return False
    resolver.resolve(_speaker_phrase(found[1]["spk"]))
    return True


# Round 33 (Azerbaijani quotes): the outlet a bare title spoke to, with its case ending after a hyphen, between the
# title and the verb ('"…", – deyə ekspert CBC-yə bildirib', '- nazir APA-ya açıqlamasında deyib', 'deyə politoloq
# Oxu.az-a bildirib'): the title alone is the speaker, as it is without the outlet (a name there already resolves)
# (round 39: or an outlet of two capitalised words, '- sahibkar Mikroskop Media-ya bildirib', the last perhaps opening
# with a Turkic capital, "Qafqaz İnfo-ya")
_AZ_TITLE_OUTLET_TAIL = re.compile(r"(?P<title>[a-zəıöüşçğ]+(?:\s+[a-zəıöüşçğ]+)?)\s+(?:[\"“«][^\"”»]{1,30}[\"”»]|(?:[A-ZƏ][\w.]*\s+)?[A-ZƏİÇŞÖÜĞ][\w.]*)"
                                   r"-(?:y?[aəeı]|n[aə])(?:\s+(?:açıqlamasında|müsahibəsində))?")


# Round 33 (Azerbaijani quotes): a head's title after a quote names the body short ('– deyə Ali Məclisin Sədri qeyd
# edib') where the lead named it in full with the compound genitive ("Naxçıvan Muxtar Respublikası Ali Məclisinin
# Sədri Fuad Nəcəfli"): the body's word "Məclisin" is then "Məclisinin" (its possessive and genitive), so the title
# the lead gave is looked for in that form too
_AZ_SHORT_GENITIVE_BEFORE_HEAD = re.compile(r"(?<=[^\Waeəıioöuü\d_])(ın|in|un|ün)(?=\s+\S+$)")


def _az_compound_genitive_title(title: str) -> str | None:
    """'Ali Məclisin Sədri' -> 'Ali Məclisinin Sədri'; None when the word before the head is no short genitive."""
    longer = _AZ_SHORT_GENITIVE_BEFORE_HEAD.sub(r"\1\1", title.strip(), count=1)
    return longer if longer != title.strip() else None


# Round 33 (Azerbaijani quotes): a speaker read from a name in the genitive ("ticarət naziri Ömər Bolatın başçılıq
# etdiyi nümayəndə heyəti", a surname no -ov/-ev ending makes certain, name_forms._AZ_GENITIVE_SURNAME) is the name
# the article also writes bare ("Ömər Bolat isə …"): the ending is dropped only when that bare form stands in the
# text as a whole name (so "Nurlan Kassın", had the text no "Nurlan Kass", keeps its own ending)
_AZ_GENITIVE_NAME_END = re.compile(r"(?:n?[ıiuü]n)$")


def _az_genitive_speaker_names(text: str, found: list[Found]) -> list[Found]:
    """Each speaker named in the genitive ('Ömər Bolatın') by the bare name the text also writes ('Ömər Bolat')."""
    for item in found:
        name = item.speaker.name if item.speaker is not None else ""
        if " " not in name or name[-1:] != "n" or not (m := _AZ_GENITIVE_NAME_END.search(name)):
            continue
        for bare in (name[:m.start()], name[:-2]):  # "Bolatın" -> "Bolat"; "Gülşənin" read as "Gülşə" + "nin" first
            if bare[-1:].isalpha() and az_bare_name_written(text, bare):
                item.speaker = item.speaker._replace(name=bare)
                break
    return found


# Round 33 (Azerbaijani quotes): an occasion or addressee between a bare title and the verb ('– deyə nazir səfərin
# yekununda bildirib', "deyə ekspert jurnalistlərə bildirib", "- nazir görüşdə deyib", "nazir səfər zamanı"): words in a case (dative,
# locative, genitive) say where or to whom, so the title alone speaks; a possessive after it ("nazir müavini", a
# deputy) or a capitalised word is no occasion
_AZ_TITLE_BEFORE_OCCASION = re.compile(r"(?P<title>ekspert|iqtisadçı|analitik|politoloq|nazir|səfir|sədr|spiker|direktor"
                                       # (round 34: or the ablative before "sonra", "nazir görüşdən sonra")
                                       # (round 47: or a locative adjective, "nazir forumdakı çıxışında")
                                       r"|sahibkar|deputat)(?:\s+(?:[a-zəıöüşçğ]+(?:[aə]|d[aə]|t[aə]|[ıiuü]n"
                                       r"|d[aə]n\s+sonra|[dt](?:akı|əki))"
                                       # "nazir səfər zamanı", "ekspert isə": a postposition after a bare noun, or a
                                       # particle, says when, not who
                                       r"|[a-zəıöüşçğ]+\s+(?:zamanı|vaxtı|ərzində)|həmçinin|isə|sonra)){1,3}")


# Round 47 (Azerbaijani quotes): a bare title with the occasion in the locative ('– deyə nazir forumdakı çıxışında
# bildirib', "nazir forumda", "nazir iclasda") after another minister spoke at another occasion ("Komissiyanın iclasında
# çıxış edən … Mikayıl Cabbarov"): the one person the title fits whom a sentence naming that occasion names (the
# headline's "Peter Siyyarto Bakıda: … biznes forumunda …"); none when the title already means him or several fit
_AZ_OCCASION_WORD = re.compile(r"\s*(?P<title>[a-zəıöüşçğ]+)\s+(?P<stem>[a-zəıöüşçğ]{4,}?)(?:[ıiuü]?n)?"
                               r"(?:d[aə]|t[aə])(?:k[ıi])?(?:\s|$)")


def _az_occasion_participant(spk: str, bare: str, earlier: str, resolver: Resolver) -> Person | None:
    if not (m := _AZ_OCCASION_WORD.match(spk)) or m["title"] != bare:
        return None
    stem = re.compile(rf"(?<![\w\-]){m['stem']}", re.I)
    fitting = {}
    unlisted = {each.name if isinstance(each, Person) else each for each in resolver.unlisted}
    # (a headline has no full stop: its lines are sentences of their own)
    for sentence in (each for line in earlier.split("\n") for each in _SENTENCE_BREAK.split(line)):
        if not stem.search(sentence):
            continue
        for run in _capital_runs(sentence):
            person = resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", run), speaking=False)
            if person is not None and person.rule != "anaphor" and _title_fits(bare, person, sentence) \
                    and (person.rule != "unlisted name"
                         or (person.name in unlisted and person.name.split()[-1] in run)):
                # (a body's run, "… Hökumətlərarası Komissiyasının", read as "Hökumətlərarası Komissiyanın", is no one)
                fitting[person.name] = person
    current = resolver.resolve(bare, speaking=False)
    if len(fitting) != 1 or (current is not None and current.name in fitting):
        return None
    return resolver.resolve(next(iter(fitting)))


def _az_title_before_more_words(spk: str) -> str | None:
    """The bare title of a phrase that adds the outlet it spoke to ('ekspert CBC-yə' -> 'ekspert',
    _AZ_TITLE_OUTLET_TAIL) or words of an occasion ('nazir səfərin yekununda' -> 'nazir', _AZ_TITLE_BEFORE_OCCASION);
    None for any other phrase."""
    phrase = spk.strip()
    m = _AZ_TITLE_OUTLET_TAIL.fullmatch(phrase) or _AZ_TITLE_BEFORE_OCCASION.fullmatch(phrase)
    return m["title"] if m else None


# Round 33 (Azerbaijani quotes): the head of a state's government after a quote ('– deyə Qırğızıstan hökumətinin
# başçısı bildirib', "Özbəkistan hökumət rəhbəri") is its "Baş nazir", whom the resolver reads as the state's prime
# minister or, where the table has none, its cabinet's chairman; a member or an office of the government is not
_AZ_GOVERNMENT_HEAD = re.compile(r"\bhökumət(?:inin)?\s+(?:başçısı|rəhbəri)$")


def _az_government_head_as_premier(spk: str) -> str | None:
    """'Qırğızıstan hökumətinin başçısı' -> 'Qırğızıstan Baş naziri'; None for any other phrase."""
    phrase = spk.strip()
    return _AZ_GOVERNMENT_HEAD.sub("Baş naziri", phrase) if _AZ_GOVERNMENT_HEAD.search(phrase) else None


# --- Round 33 (English partial quotes): the object's relative clause of speech, "that X said was" ---------------------
# "… was received by Cabinet Chairman X Y, who said the project would “…” once …" (wires, analysis sites): a partial
# quote ending a relative clause of speech on the sentence's object, not its subject (round 21's _WHO_SAID wants the
# subject and a comma after the mark). The full name right before ", who" (two or three capitalised words), the agent
# after "by" or the partner after "with" (a title between), is the speaker when its verb is one of saying or naming and
# the clause before the quote names no one else and holds no second speech word ("…, who said Z had called it “…”" gives
# none); a bare object ("as X met Y, who has said …") stays no one's, as round 28 decided.
# (round 59, quotesen59: his own office's report as an aside after "who", "received by President X, who, according to
# his press service, praised “…”"; the praise verb's object the quote itself, _who_said_verb)
_EN_OBJECT_WHO_SAID = re.compile(r",\s+who(?:,\s+according\s+to\s+(?:his|her)\s+(?:press\s+service|office|"
                                 r"press\s+office|spokes(?:man|woman|person)|aides?),)?\s+(?:has\s+|had\s+)?"
                                 r"(?:(?:also|repeatedly|later|then|publicly)\s+)?"
                                 r"(?P<verb>[a-z]+)\s+(?P<rest>[^,;:“”\"«»„]{0,160})$")
_EN_NAME_BEFORE_WHO = re.compile(rf"(?:[{_EN_CAPITALS}][\w'’\-]+\s+)?[{_EN_CAPITALS}][\w'’\-]+\s+[{_EN_CAPITALS}][\w'’\-]+$")
# (round 39, English quotes C: also right after "to" and "from", "Investors listened to X Y, who said …", "… heard from
# X Y, who warned …"; not "The delegation from Izmir met X Y, who …", a bare object)
_EN_BY_OR_WITH_BEFORE_NAME = re.compile(r"\s(?:(?:by|with)\s+(?:[^,;:“”\"«»„]{0,80}?\s)?|(?:to|from)\s+)$")


def _en_object_who_said(own_before: str, resolver: Resolver) -> Person | None:
    """The person named right before ", who said …“…”" at the end of the quote's sentence, when the form holds."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1]
    m = _EN_OBJECT_WHO_SAID.search(sentence)
    if m is None or not _who_said_verb(m["verb"], m["rest"]) or _SPEECH_WORD.search(m["rest"]) \
            or not _plain_object(_unquote_terms(m["rest"]), resolver):
        return None
    name = _EN_NAME_BEFORE_WHO.search(sentence, 0, m.start())
    if name is None or not _EN_BY_OR_WITH_BEFORE_NAME.search(sentence, 0, name.start()):
        return None
    two = name[0].split(None, 1)[1] if name[0].count(" ") == 2 else ""
    for phrase in filter(None, (two, name[0])):  # "Ministers X Y": the name is the last two words
        if resolver.resolve(phrase, speaking=False) is not None:
            return resolver.resolve(phrase)
    return None


# "… to bring trade to $1 billion, a goal that X Y said remained “…”" / "the corridor, which the minister says is
# “…”": a relative clause whose subject, a name or title, says what the thing it qualifies is (round 27's
# _EN_WHICH_NAME_CALLED leaves a verb of saying out). The words are the named one's when the sentence opens with no
# person ("The two governments have said …", "Freight grew …"); after a person's own clause ("X proposed a window, which
# Y said was “…”", round 26's test) or inside his reported speech it gives none. A linking verb follows the speech verb,
# and at most three lower-case words before the mark.
_EN_WHICH_NAME_SAID_IS = re.compile(
    rf"\s(?:which|that)\s+(?P<spk>(?:[Tt]he\s+)?(?:[A-Z][\w\-]*\s+){{0,3}}?[{_EN_CAPITALS}a-z][\w'’\-]+)\s+"
    r"(?:has\s+|had\s+)?(?:(?:repeatedly|also|once|previously|recently|publicly)\s+)?"
    r"(?:said|says|insisted|insists|believes|believed|argued|argues|maintained|maintains)\s+"
    r"(?:was|is|were|are|remained|remains|would\s+be|will\s+be|could\s+be|had\s+become|has\s+become|would|will|could)"
    r"(?P<rest>(?:\s+[a-z][\w\-]*){0,3})\s*$")


def _en_which_name_said_is(own_before: str, resolver: Resolver) -> Person | None:
    """The person a "that X said was “…”" clause ending the quote's sentence names, when the form holds."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    m = _EN_WHICH_NAME_SAID_IS.search(sentence)
    if m is None or not m["spk"][:1].isupper() and not m["spk"].startswith("the "):
        return None
    if _subject(sentence, resolver) is not None:
        return None  # "Aliyev noted that the deal, which X says is “…”": the sentence is about another person
    if _names_someone(m["rest"], resolver) or resolver.resolve(m["spk"], speaking=False) is None:
        return None
    return resolver.resolve(m["spk"])


# Round 33 (Russian and Turkish quotes): a Turkish sentence that opens with whose view it is and ends in a colon before
# the quote ("Çınar'a göre asıl sorun lojistik: "…"", "Uzmana göre …:" is no one's name): the analysts' and business
# papers' form after an expert named in full, as _tr_according reads it before a partial quote without the colon
def _tr_according_colon(earlier: str, tail: str, resolver: Resolver) -> Person | None:
    if "göre" not in tail:  # a cheap gate: most colons follow no "according to"
        return None
    return _tr_according(earlier, tail.rstrip()[:-1], resolver)


# Round 33 (Russian and Turkish quotes): a colon sentence whose subject is a country's leader by demonym, no name, after
# his own quote and "diyen" ('"…" diyen Türkmen lider, enerji konusunda da net mesaj verdi: "…"', "Kazak Cumhurbaşkanı,
# … değindi:"): the leader of that country (_tr_colon_more reads only names)
_TR_COLON_DEMONYM_SUBJECT = re.compile(rf"^(?:[\"“][^\"“”]*[\"”]\s+(?:diyen|diye\s+konuşan|ifadesini\s+kullanan)\s+)?"
                                       rf"(?P<spk>[{CAPITALS}][\w\-]*\s+(?:lider|Cumhurbaşkanı|Devlet\s+Başkanı))\s*,\s+")


def _tr_colon_demonym_subject(tail: str, resolver: Resolver) -> Person | None:
    if "lider" not in tail and "aşkanı" not in tail:  # a cheap gate
        return None
    if not (TR_COLON_VERB_MORE.search(tail) or TR_COLON_VERB.search(tail)):
        return None
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" :,\n"))[-1]
    if not (m := _TR_COLON_DEMONYM_SUBJECT.match(sentence)) or not _plain_object(sentence[m.end():], resolver):
        return None
    return resolver.resolve(m["spk"])


# "According to Turkmen state media, X described energy as “…”" (wires, trade press): the media of a state, named by its
# demonym without an article, are a source, no person, as "the press service" is (_ACCORDING_SOURCE wants an article and
# a body's word), so the rest's subject speaks
_EN_ACCORDING_MEDIA = re.compile(r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}(?:(?:state|official|local|national|government|"
                                 r"pro-government)\s+)?(?:media|press|television|TV|news\s+agencies|news\s+agency|"
                                 r"outlets|broadcaster)")


# "X Y, board member of the hospital group Z, which is interested in the project, called Uzbekistan “…”" (business and
# local papers): a relative clause on the appositive's last noun puts a third comma before the verb, so SUBJECT and
# _NAME_TITLE_APPOSITIVE read no subject. Without the relative clause (no quote marks in it) the sentence is read again
# by _subject_partial, with all its checks on the rest.
_EN_APPOSITIVE_RELATIVE = re.compile(rf"^[{_EN_CAPITALS}][^,“”\"«»„:;]{{0,60}},\s+[a-zA-Z][^,“”\"«»„:;]{{0,100}}?"
                                     r"(?P<relative>,\s+(?:which|who|whose|where)\s+[^,“”\"«»„:;]{1,100})"
                                     r",\s+(?:also\s+)?[a-z][\w\-]*\s")


def _en_subject_past_appositive_relative(own_before: str, resolver: Resolver, earlier: str) -> Person | None:
    """The subject of the quote's sentence read without a relative clause inside its appositive."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    m = _EN_APPOSITIVE_RELATIVE.match(sentence)
    if m is None:
        return None
    head = own_before[:len(own_before) - len(sentence)]
    return _subject_partial(head + sentence[:m.start("relative")] + sentence[m.end("relative"):], resolver, earlier)


# Round 72 (quotes72b): the same relative clause in running text before "“…,” he said" (dev/1147: "X Y, President of
# the chamber, who travelled with the delegation, said the response …. “…,” he said"): the appositive is capitalised
# there (a title of a body), and the sentence read without the clause names its subject for the pronoun.
def _en_subject_past_relative(sentence: str, resolver: Resolver) -> str | None:
    """The subject phrase of a running-text sentence read without a relative clause after its appositive."""
    m = _EN_APPOSITIVE_RELATIVE.match(sentence)
    if m is None:
        return None
    found = _subject(sentence[:m.start("relative")] + sentence[m.end("relative"):], resolver)
    return _speaker_phrase(found[1]["spk"]) if found and found[0].rule != "anaphor" else None


# "X Y, the Speaker of Hungary's National Assembly, paid a visit …" / "Y did not shy away from …. Addressing senators, he
# called Uzbekistan “…”" (analysis sites, features): a paragraph opening with a surname alone whose full name stood only
# in an appositive (no title before it, so the resolver did not remember it) named no one, and "he" found no antecedent.
# The surname the article named in full before is noted (note_named_in_full, as round 17 does for the quote's own
# sentence), so _paragraph_subjects reads the opening sentence's subject as the one "he" means.
def _en_note_opening_surname(before: str, earlier: str, resolver: Resolver) -> None:
    """Let the surname alone opening the quote's paragraph resolve to the one the article named in full before."""
    first = _QUOTE_SENTENCE_BREAK.split(before, 1)[0]
    if len(first) < len(before):  # a sentence before the one with the pronoun
        _surname_subject_named_before(first, earlier, resolver)


# "… talks with his Kyrgyz counterpart X Y. … Mr. Y was more cautious: “…”" (papers that name people by surname after
# the first mention, often after "Mr"): a sentence before a colon opening with a surname alone that the article named in
# full behind a lower-case title (unremembered by the resolver) named no one; the surname is noted as round 17 does for
# a partial quote's sentence, then _subject_colon reads the sentence as before ("Mr." ends a sentence for
# _QUOTE_SENTENCE_BREAK, so the surname opens it)
def _en_surname_colon(before: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of "Y was more cautious: “…”" when the article named Y in full before."""
    body = before.rstrip()
    sentence = _QUOTE_SENTENCE_BREAK.split(body[:-1] if body.endswith(":") else body)[-1]
    if not _surname_subject_named_before(sentence, earlier + before, resolver):
        return None
    return _subject_colon(before, resolver)


# "Political analyst X Y of the Bilim Karvoni centre believes the corridor is “…”" (think-tank and local papers): the
# body's kind in lower case after its capitalised name, which _EN_OWN_BODY_AFTER_NAME (capitalised kinds) does not read;
# one to three capitalised words must name the body, so "of the centre" alone is no body of the name's
_EN_OWN_LOWER_BODY_AFTER_NAME = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}"
                                           r"(?:centre|center|institute|think\s+tank|foundation|university)\b")


# "In what Foreign Minister X Y called “…”, Hungary signed a gas deal with Baku" / "… with Baku, in what X described as
# “…”" (wires): an adverbial "in what" clause whose subject, a name or title, named the event with the quote; the words
# are that one's, whoever the sentence's subject is (round 29's _EN_WHICH_NAME_CALLED reads "what" only after a linking
# verb; a pronoun, "in what he called", is the subject's rules'). A speech word before it in the sentence gives none.
_EN_IN_WHAT_NAME_CALLED = re.compile(
    rf"(?:^|\s)[Ii]n\s+what\s+(?P<spk>(?:[A-Z][\w\-]*\s+){{0,4}}?[{_EN_CAPITALS}][\w'’\-]+)\s+(?:has\s+|had\s+)?"
    r"(?:(?:long|repeatedly|often|once|also|later)\s+)?"
    r"(?:called|calls|termed|dubbed|described\s+as|describes\s+as|referred\s+to\s+as|hailed\s+as)\s*$")


def _en_in_what_name_called(own_before: str, resolver: Resolver) -> Person | None:
    """The person an "in what X called “…”" clause right before the quote names, when the form holds."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1]
    m = _EN_IN_WHAT_NAME_CALLED.search(sentence)
    if m is None or _SPEECH_WORD.search(sentence, 0, m.start()) or m["spk"].lower() in PRONOUNS:
        return None
    return resolver.resolve(m["spk"]) if resolver.resolve(m["spk"], speaking=False) is not None else None


# Round 33 (Russian and Turkish quotes): a Turkish paragraph that is a quote and its bare verb ('"…" dedi.', "diye
# konuştu.") after a paragraph of reported speech about one person ('X ise … dikkat çekti. X'in verdiği bilgiye göre,
# …', 'X, … belirtti. Bakan, … vurguladı.'): the subject of that paragraph's first sentence speaks, when the paragraph
# names no one else by name (a bare "Bakan" there is he, not the last speaker) and quotes nothing
# (round 71, quotes71b: the verb may end only the quote's sentence, more of the paragraph after it, '"…" dedi. "Ama …"'
# after 'Forumun açılışında konuşan X, … söyledi. Bakan, … hatırlattı.', dev/1142; '"…" dedi X' is no such verb)
def _tr_lead_paragraph_subject(text: str, paras, para_start: int, after: str, resolver: Resolver) -> Person | None:
    if not (m := AFTER_VERB_FINAL.match(after)) or after[m.end():].split("\n", 1)[0].lstrip(" ")[:1] not in ".!":
        return None
    lead = _previous_paragraph(text, paras, para_start).strip()
    if lead[-1:] != "." or _QUOTE_MARK.search(lead):
        return None
    subject = _clause_subject(_SENTENCE_BREAK.split(lead, 1)[0], resolver, speaking=False)
    if subject is None or subject.rule in ("anaphor", "office") \
            or not (_titled_or_known(subject) or _named_with_occupation(subject, resolver)):
        return None  # (a capitalised first word and a surname, "Toplantıya Bolat", is no one's full name)
    named = {p.name for run in _capital_runs(lead)
             if (p := resolver.resolve(run, speaking=False)) and p.rule not in ("anaphor", "office")
             and not _tr_declined_run_no_person(p)}
    return resolver.resolve(subject.name) if named == {subject.name} else None


# --- Round 34 (English quotes A): speakers when two people of one surname, or several officials, are in the article ----
# "… talks with his Azerbaijani counterpart Majnun Mammadov" / "Mammadov said Azerbaijan valued what he called “…”": the
# surname alone is the person the article itself named in full, not a namesake of the office holders table (a former
# prime minister Mammadov); the lower-case title left the full name unremembered, so the table answered first.
def _en_surname_names_another(found: tuple[Person, re.Match], earlier: str) -> bool:
    """Does the sentence's subject, a surname alone that the table resolved, stand in the article before with a given
    name the table's person does not bear (full_names, the last)? Then the article's own person is meant."""
    person, m = found
    if person.rule != "name" or not earlier:
        return False
    word = _ADDRESS_TITLE.sub("", m["spk"].strip())  # "Mr Mammadov said …" (British papers), as round 27 reads it
    if " " in word or not _SURNAME_ALONE.fullmatch(word) or word not in earlier:
        return False
    names = full_names(earlier, word)
    return bool(names) and _other_given_name(names[-1][1], _names_of(person.name))


# "She highlighted the cable project, which will link A and B, describing it as “…”": the relative aside cut out of the
# rest took the comma that opens the participle clause with it, so _PARTICIPLE_CLAUSE (", describing …") no longer
# matched and the partial quote had no speaker. The comma stays when a participle follows the aside.
_EN_PARTICIPLE_AFTER_ASIDE = re.compile(r"\s+[a-z]{2,}ing\s")  # "saying", "describing", "calling" …


def _en_aside_cut(m: re.Match) -> str:
    """What replaces a relative aside between commas: its closing comma when a participle clause follows, else nothing."""
    return "," if _EN_PARTICIPLE_AFTER_ASIDE.match(m.string, m.end()) else ""


# "The delegation accompanying Gafarova included MP X Y, chairman of the … group. “…,” he told journalists." (agency
# reports introduce a delegation member, a deputy or an adviser in object position, then quote him): the sentence opens
# with no person, so "he" stayed the last speaker (a head of state quoted before). The one person the sentence names in
# full is the one "he" means, as a careful reader takes him; a surname alone there refers back to someone already in
# the story and competes with no one; a pronoun before the name ("His talks with X Y …") keeps the sentence about the one
# it means; two people named in full give none (the last speaker stays), and so does a head
# of state named there (dev/212: "The guest conveyed greetings from President X. “…,” the head of state stressed").
# a ministry's words read into the name ("Minister of Water Resources X Y" gives "Water Resources X Y"): no one's name
_EN_NEWCOMER_PORTFOLIO = re.compile(rf"(?:{_PORTFOLIOS})\b")
_EN_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
_EN_NEWCOMER_RUN = re.compile(rf"[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,3}}")
# (merging round 34: "…, and Temir Zholy said little" names a speaker only by English quotes B's rule, which leaves out an
# unknown two-word name that may be a company)
_EN_BARE_SPEECH_VERBS = "said|says|added|noted|stressed|argued|insisted"  # also English quotes B's _EN_BARE_REPORTED
_EN_NEWCOMER_SAYS = re.compile(rf"\s+(?:also\s+)?(?:{_EN_BARE_SPEECH_VERBS})\b")


def _en_sole_newcomer(sentence: str, resolver: Resolver) -> str:
    """The run of the one person `sentence` names in full, past its first word ("" for none or two)."""
    if not _EN_NEWCOMER_RUN.search(sentence, 1):
        return ""
    found: dict[str, str] = {}
    for m in _EN_NEWCOMER_RUN.finditer(sentence, 1):
        if sentence[m.start() - 1].isalnum():
            continue  # the tail of the sentence's first word
        if _EN_NEWCOMER_SAYS.match(sentence, m.end()):
            return ""  # a sentence whose named subject speaks is _en_bare_reported_subject's (a company's two words: no one)
        if _EN_PRONOUN_WORD.search(sentence, 0, m.start()):
            return ""  # "His talks with counterpart X Y ended late": the sentence is about the one "his" means
        person = resolver.resolve(m[0], speaking=False)
        if person is not None and person.role == officeholders.HEAD_OF_STATE:
            return ""  # a head of state in the sentence is the context ("greetings from President X"), not a newcomer
        if person is not None and " " in person.name and person.rule in ("name", "unlisted name") \
                and _newcomer_surname_in(person.name.split()[-1], m[0]) \
                and not _EN_NEWCOMER_PORTFOLIO.match(person.name) and not _titled_surname_alone(m[0]):
            found[person.name] = m[0]
    return next(iter(found.values())) if len(found) == 1 else ""


def _titled_surname_alone(run: str) -> bool:
    """Round 69 (quotesen69): is `run` a title and a surname alone ("Foreign Minister Muhriddin", dev/1110: "We recall
    that Foreign Minister X visited Budapest …")? It refers back to someone the story named in full before, as a
    surname alone does: no newcomer whom a later "the minister" means."""
    words = run.split()
    return len(words) > 1 and all(word.lower() in _TITLE_WORDS for word in words[:-1])


def _newcomer_surname_in(surname: str, run: str) -> bool:
    """Is `surname` (a resolved name's, Latin) the one `run` writes? Round 43, second wave: a Cyrillic run declined by
    its sentence ("побеседовали с предпринимателем Рустамом Назаровым", "с фермером Дилнозой Юсуповой") writes it in
    Cyrillic and in another case, so it is read back in the nominative (name_forms) and romanised first."""
    if surname in run:
        return True
    # only a run whose own endings make its case certain (ru_nominative_of_oblique): a Cyrillic name in the nominative
    # or of an uncertain case ("Главы государства Касым-Жомарта Токаева") is left to the Russian rules
    return is_cyrillic(run) and (read := ru_nominative_of_oblique(run)) != run and surname in romanize(read)


# Round 34 (Azerbaijani quotes): a name inside the quote is not its speaker. "Dövlət başçısı Qazaxıstan Prezidenti X
# Tokayevə salamlarını çatdırmağı xahiş edərək deyib: “Prezident Tokayevlə …”": the office before the colon is the
# addressee's (in the dative), and the quote names him in a case (the comitative "Tokayevlə"), as no one names himself;
# the sentence without the addressee's run gives the speaker (here the bare "Dövlət başçısı", the head of state named
# before), else no one. Only when the quote declines the found speaker's surname (a cheap fold and prefix check).
_AZ_ADDRESSEE_RUN = re.compile(rf"(?:[{CAPITALS}][\w'’\-]*\s+)*[{CAPITALS}][\w'’\-]*?(?:ya|yə|a|ə)(?=\s+[a-zəıöüşçğ])")


def _az_named_in_own_quote(person: Person, quoted: str) -> bool:
    """Does `quoted` hold the speaker's surname with an Azerbaijani case ending after it ("Tokayevlə" of Tokayev)?"""
    surname = fold(person.name.split()[-1])
    stem = surname[:-1] if surname[-1:] in "aeə" and len(surname) > 5 else surname  # "Ərdoğana" read as a name
    return len(stem) >= 5 and any(len(word) > len(stem) and word.startswith(stem) for word in fold(quoted).split())


def _az_speaker_without_addressee(spk: str, tail: str, earlier: str, quoted: str,
                                  resolver: Resolver) -> Person | None:
    """The speaker of a colon sentence once its dative run of capitalised words (the addressee) is dropped: the speaker
    phrase's, else the subject of the sentence ending at the colon (`tail`), which opens before that phrase; else None.
    A word for the head of state there means the head named before the addressee (who was named last); whoever is read
    must not be one the quote names either (the addressee read in another form: "Şavkat Mirziyoyevə", "Shavkat …")."""
    phrase = _AZ_ADDRESSEE_RUN.sub("", spk, count=1)
    if phrase == spk:
        return None
    person = _surname_speaker(_speaker_phrase(phrase), earlier, resolver) \
        or _clause_subject(tail.replace(spk, phrase), resolver)
    if person is None or not _az_named_in_own_quote(person, quoted):
        return person
    if person.rule != "anaphor":
        return None
    head = next((p for p in reversed(resolver.named)
                 if p.role == officeholders.HEAD_OF_STATE and not _az_named_in_own_quote(p, quoted)), None)
    return Person(head.name, head.role, head.iso3, 0.7, "anaphor") if head else None


# Round 34 (Azerbaijani quotes): a sentence opening with the head of a state's cabinet by title ("Qırğızıstan Nazirlər
# Kabinetinin sədri həmçinin … Orta Dəhlizin Qırğızıstan üçün “…” olduğunu qeyd edib") has him as its subject; a run of
# capitals later in it ("Orta Dəhlizin", a route in the genitive) is an object, no unlisted speaker. The cabinet's
# chairman is the state's "Baş nazir", whom the resolver reads (the prime minister, or the cabinet's chairman).
_AZ_OPENING_CABINET_HEAD = re.compile(rf"\s*(?P<state>[{CAPITALS}][\wəıöüşçğ]+)\s+Nazirlər\s+Kabinetinin\s+"
                                      r"(?:sədri|rəhbəri|başçısı)\b")


def _az_opening_cabinet_head(clause: str, resolver: Resolver) -> Person | None:
    """The state's head of government a clause opens with by the title of its cabinet's chair, else None."""
    if not (m := _AZ_OPENING_CABINET_HEAD.match(clause)) or not places.codes_in(m["state"]):
        return None
    return resolver.resolve(f"{m['state']} Baş naziri")


# Round 34 (Azerbaijani quotes): a state's parliament head by a general title ("Özbəkistan parlamentinin rəhbəri isə qeyd
# edib ki, …", "Qazaxıstan parlamentinin sədri", "… spikeri") is the one person the article named as the chair or speaker
# of a body whose name opens with that state ("Özbəkistan Oliy Məclisinin Qanunvericilik palatasının spikeri X Y",
# Resolver.body_chairs); the host's parliament chair, named with the bare "Milli Məclisin sədri", is not of that state.
_AZ_STATE_PARLIAMENT_HEAD = re.compile(rf"\s*(?P<state>[{CAPITALS}][\wəıöüşçğ]+)\s+parlamentinin\s+"
                                       r"(?:rəhbəri|sədri|spikeri)\b")


def _az_state_parliament_head(clause: str, resolver: Resolver) -> Person | None:
    """The one chair of the state's parliament the article named, for a clause opening with its general title."""
    if not (m := _AZ_STATE_PARLIAMENT_HEAD.match(clause)) or not places.codes_in(m["state"]):
        return None
    state = m["state"].translate(_FOLDED_I).lower()
    names = {name for body, name in resolver.body_chairs if body.startswith(state)}
    if len(names) != 1:
        return None
    return resolver.resolve(names.pop())



# Round 34 (English quotes B): reported speech with a bare clause, no "that", in running text: "…, and Szijjártó said
# Hungarian firms were interested in …" / "Aripov says the zone will …" makes the named subject the last speaker, whom
# the next paragraph's "“…,” he said" means. Only a capitalised name right before the verb (no "the", no plural
# "officials"), opening the text or a clause after a comma ("and", "but", "while" allowed); the last such clause wins.
# A two-word name the office table does not know is no one here (a company: "Azersun Holding said the plant …").
_EN_BARE_REPORTED = re.compile(
    rf"(?:^|[,.;]\s+)(?:(?:and|but|while)\s+)?(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{0,2}})"
    rf"\s+(?:also\s+)?(?:{_EN_BARE_SPEECH_VERBS})\s+(?!that\b|on\b|in\b|at\b)[A-Za-z]")


def _en_bare_reported_subject(body: str, resolver: Resolver) -> None:
    """Make the subject of the last "X said <clause>" of running text the last speaker."""
    if _en_said_closing_subject(body, resolver):  # round 37: "…, X said at the press conference."
        return
    last = None
    for last in _EN_BARE_REPORTED.finditer(body):
        pass
    if last is None or not body.rstrip().endswith((".", "!", "?")):
        return  # (the sentence goes on into a quote, "Mr X said the visit showed “…”": the quote's own rules read it)
    if (person := resolver.resolve(last["spk"], speaking=False)) is None:
        return
    if person.rule != "unlisted name" or " " not in last["spk"]:  # ("Azersun Holding said …" is no one: a name the
        resolver.resolve(last["spk"])  # table or an earlier full name knows, or an office holder)


# Round 34 (English quotes B): a partial quote in a clause joined by "and he" / "and she" to a sentence whose subject is
# a person: "The Uzbek prime minister added that … capital, and he called the new hub “…”" — the pronoun is the
# sentence's subject (as a reader takes it), when the first clause names no one else and quotes nothing. The clause is
# read as the subject's own sentence ("The Uzbek prime minister called the new hub").
_EN_AND_PRONOUN_CLAUSE = re.compile(r",\s+and\s+(?:he|she)\s+(?=[a-z])(?=[^,;]*$)")


def _en_and_pronoun_clause(sentence: str, found, resolver: Resolver):
    """(sentence, found) with the "and he" clause read under the sentence's subject, else None."""
    m = found[1]
    clause = _EN_AND_PRONOUN_CLAUSE.search(sentence, m.end("verb"))
    if clause is None:
        return None
    first = sentence[m.end("verb"):clause.start()]
    if _QUOTE_MARK.search(first) or _names_someone(first, resolver):
        return None
    joined = m["spk"] + " " + sentence[clause.end():]
    later = _subject(joined, resolver)
    return (joined, later) if later is not None else None


# Round 34 (English quotes B): '“…,” the visiting minister said' / "the guest", "the visiting premier": the guest is the
# person named last whose state is not the meeting's (_en_meeting_state: the first capital or city after "in", "to" or
# "at" before the quote, else a wire's dateline), and whose office fits the word (minister, premier, president); "his
# guest" too; "his host" is the one of the meeting's state. No place, or no such person: no speaker (a bare "the
# visiting minister" is no one else's).
_EN_GUEST_AFTER = re.compile(
    r"^\s*[,.!?]?\s*(?:the|his|her|their)\s+(?:visiting\s+(?P<office>(?:foreign\s+|trade\s+|economy\s+|defen[cs]e\s+)?"
    r"minister|premier|prime\s+minister|president|leader|head\s+of\s+state)|(?P<guest>guest)|(?P<host>host))"
    rf"\s+(?:{AFTER_VERBS})\b")


def _en_guest_fits(person: Person, office: str | None) -> bool:
    """Does the person's office fit the word the quote calls the guest by ("minister", "premier", "president")?"""
    role = person.role.lower()
    if not office or "leader" in office:
        return True
    if "premier" in office or "prime" in office:
        return "prime" in role
    if "president" in office or "head" in office:
        return person.role == officeholders.HEAD_OF_STATE
    return "minister" in role and "prime" not in role


def _en_guest_after(after: str, article_before: str, resolver: Resolver) -> tuple[Person, str, int] | None:
    """(speaker, rule, span end) of a quote that "the visiting minister said" / "the guest said" attributes."""
    m = _EN_GUEST_AFTER.match(after)
    if m is None or (host := _en_meeting_state(article_before)) is None:
        return None
    guest = next((p for p in _en_people_named(resolver)
                  if p.iso3 and (p.iso3 == host if m["host"] else p.iso3 != host) and _en_guest_fits(p, m["office"])),
                 None)  # ("his host": the one of the meeting's state)
    if guest is None:
        return None
    return resolver.resolve(guest.name), "said-after", m.end()


def _en_people_named(resolver: Resolver):
    """The people named so far, the last first: office holders, then those the table lacks ("Turkish Trade Minister
    X Y", read from the running text's titled runs)."""
    yield from reversed(resolver.named)
    for entry in reversed(resolver.unlisted):
        if (person := entry if isinstance(entry, Person) else resolver.resolve(entry, speaking=False)) is not None:
            yield person


def _en_meeting_state(text: str) -> str | None:
    """The state of the first capital or city of CITIES that `text` names after "in", "to" or "at" (where a visit's
    meeting is: "arrived in Baku", "a visit to Almaty"; not a dateline's "BUDAPEST –" or "Budapest is positioning …"),
    or None."""
    capitals = [m for m in places.mentions(text) if m.is_capital and not m.is_demonym]
    capital = next((m for m in capitals if text[max(0, m.start - 3):m.start] in _EN_PLACE_PREPOSITIONS), None)
    offset = 0
    while (city_at := places.city_start(text[offset:])) is not None \
            and text[max(0, offset + city_at - 3):offset + city_at] not in _EN_PLACE_PREPOSITIONS:
        offset += city_at + 1
    if city_at is not None and (capital is None or offset + city_at < capital.start):
        return places.city_in(text[offset + city_at:])[0]
    if capital is None and city_at is None:  # a wire's dateline ("ANKARA, May 13 (AP) —") when no place is told after it
        capital = next((m for m in capitals if m.word.isupper()), None)
    return capital.iso3 if capital else None


_EN_PLACE_PREPOSITIONS = frozenset(("in ", "to ", "at "))


def _tr_met_name(clause: str, person: Person) -> bool:
    """Does `clause` name `person` as whom its subject met or spoke with ("Ali Veli ile", "X Y ilə")?"""
    return re.search(rf"{re.escape(person.name)}\s+(?:ile|ilə)\b", clause) is not None


# Round 34 (Russian and Turkish quotes): a Turkish sentence opening with a bare surname and a comma ('Cabbarov, Doğu
# Zengezur'da yürütülen projelere dikkat çekerek, "…" diye ekledi') is that person's, when the whole clause resolved only
# to a capitalised run glued to a case ending ("Doğu Zengezur'da": a place or a body in the locative, no one's name as
# the subject); the surname must name someone the article named before (not a title or an anaphor)
_TR_SURNAME_COMMA_OPENING = re.compile(rf"\s*(?P<name>[{CAPITALS}][\w\-]+),\s")

# (round 52, quotes52b: or a title word before the surname, 'Başkan Genç, Cumhurbaşkanı X Y'nin koyduğu hedefe …
# vurguladı. "…" dedi.': the head named before, not the one named in the genitive further on)
_TR_TITLE_INITIALS = frozenset("BVKR")
_TR_TITLED_SURNAME_COMMA_OPENING = re.compile(rf"\s*(?:Başkan|Bakan|Vali|Büyükelçi|Başbakan|Kaymakam|Rektör)\s+"
                                              rf"(?P<name>[{CAPITALS}][\w\-]+),\s")


def _tr_surname_opening(clause: str, resolver: Resolver) -> Person | None:
    """The person named before whom a bare surname opening `clause` before a comma (or round 66, a topic particle)
    names, else None."""
    if m := _TR_SURNAME_COMMA_OPENING.match(clause) or _TR_TITLED_SURNAME_COMMA_OPENING.match(clause):
        name = m["name"]
    elif m := _TR_SURNAME_LEAD.match(clause):  # round 66 (quotestr66): 'Yılmaz ayrıca Orta Koridor'un "…" olduğunu
        name = m["spk"]  # vurguladı', dev/1085: the surname before "ayrıca", "ise", "de" is the subject, no genitive
    else:
        return None
    person = resolver.resolve(name, speaking=False)
    return person if person is not None and person.rule not in ("anaphor", "office") else None


# Round 49 (quotes, local): a time opening a Russian sentence, maybe with an occasion after it ("Ещё в августе 2024
# года, во время государственного визита в Баку, Шавкат Мирзиёев назвал …", "В прошлом году X Y заявил"): the name
# after it is the subject; and a subject told as a chain of titles between commas, the name last ("Узбекский
# сопредседатель комиссии, министр инвестиций, промышленности и торговли Лазиз Кудратов, назвал …"): the name is the
# subject
_RU_MONTHS_IN = r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_RU_NAMED_VERB = rf"(?:{RU_VERBS}|назвал|назвала|охарактеризовал|охарактеризовала)\b"
_RU_TIME_INITIALS = frozenset("ЕВУРН")
_RU_TIME_OPENING = re.compile(
    rf"(?:(?:Ещё|Еще|Уже)\s+[вн]|В|На)\s+(?:(?:{_RU_MONTHS_IN}\s+)?\d{{4}}\s+года|(?:прошлом|позапрошлом)\s+году|"
    r"прошлой\s+неделе|прошлом\s+месяце)\s*,?\s*"
    r"(?:(?:во\s+время|в\s+ходе|на)\s[^«»“”\"„.;:!?,]{1,100},\s*)?"
    rf"(?=(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+{_RU_NAMED_VERB})")
# (not a source's name in an aside, "Глава государства, по данным X Y, отметил …": X Y no subject)
_RU_SOURCE_ASIDE = re.compile(r"(?:^|\s)(?:по\s+(?:данным|словам|мнению|информации|сведениям|оценке|оценкам)|согласно|"
                              r"со\s+слов)\s")
_RU_TITLE_CHAIN_SUBJECT = re.compile(
    r"[А-ЯЁ][а-яё\-]+(?:,?\s+[А-ЯЁ]?[а-яё\-]+){0,12}?,?\s+"
    rf"(?P<spk>(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+),\s+(?P<verb>{_RU_NAMED_VERB})")


# Round 34 (Russian and Turkish quotes): a Russian sentence opening with the occasion, no comma after it, before its
# subject ("По итогам заседания Совета сотрудничества Касым-Жомарт Токаев заявил, что страны «…»", "В ходе переговоров
# …", "На брифинге …"): the subject is the full name standing right before the speech verb (the occasion's own
# capitalised genitives, "Совета", stand before a lower-case word, never before the verb)
_RU_SCENE_INITIALS = frozenset("ПВНК")  # round 38: "Как сообщает …, министр …"
_RU_SCENE_OPENING = re.compile(
    r"(?:По\s+итогам|В\s+ходе|Во\s+время|В\s+рамках|На\s+(?:встрече|переговорах|заседании|брифинге|пресс-конференции|"
    r"форуме|саммите|церемонии|совещании)|После\s+(?:встречи|переговоров|заседания))\s[^«»“”\"„.;:!?]{1,150}?"
    rf"(?=(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+(?:{RU_VERBS})\b)")


# Round 34 (Russian and Turkish quotes): "the words of" an occupation in the genitive, at the sentence's opening or
# after a link word ("При этом, по словам предпринимательницы, сохраняются проблемы …: «…»", "По словам экономиста, …"):
# the person the article named last with that occupation ("Предприниматель из Шымкента Жанна Ахметова …"; the feminine
# "-ница" is the same occupation's), the sentence's rest naming nobody; no one when the article named no one so
# (an occupation alone says nothing of whose words they are)
_RU_ACCORDING_OCCUPATION = re.compile(r"(?:^|,\s+)[Пп]о\s+словам\s+(?P<occ>[а-яё\-]{5,}),\s+")
_RU_OCCUPATION_GENITIVE_END = re.compile(r"(?:ницы|а|я|ы|и)$")
_RU_OCCUPATION_PRONOUNS = frozenset({"самого", "самой", "которого", "которой"})
_RU_OCCUPATION_PHRASE_END = re.compile(r"[.,;:!?]\s|\s(?:и|а|но|с|со)\s")


def _ru_according_occupation(earlier: str, own_before: str, resolver: Resolver) -> Person | None:
    """The person `earlier` named last with the occupation whose words ("по словам предпринимательницы,") open the
    sentence ending at the quote, else None."""
    sentence = _RU_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not (m := _RU_ACCORDING_OCCUPATION.search(sentence)) or m["occ"] in _RU_OCCUPATION_PRONOUNS \
            or sentence.rstrip()[-1:] in ".!?…":
        return None
    rest = _without_quoted_names(sentence[m.end():])
    if _QUOTE_MARK.search(rest) or not _ru_names_no_one_word(rest, resolver) \
            or not _ru_names_no_one_word(_without_quoted_names(sentence[:m.start()]), resolver):
        return None
    stem = _RU_OCCUPATION_GENITIVE_END.sub("", m["occ"]).rstrip("ь")
    lead = earlier + own_before[:len(own_before) - len(sentence)]
    if len(stem) < 5 or (at := lead.lower().rfind(stem)) < 0:
        return None
    # (the name must follow the occupation in its own phrase: "Министр Саидов и его коллега X Y" is not X Y)
    window = _RU_OCCUPATION_PHRASE_END.split(lead[at + len(stem):at + len(stem) + 80], 1)[0]
    if not (name := _CYRILLIC_NAME.search(window)):
        return None
    return resolver.resolve(ru_nominative(" ".join(name[0].split()[-2:])))


# Round 34 (Russian and Turkish quotes): an occupation, a firm's Latin name and then a Cyrillic full name after a
# quote ("«…», — считает аналитик Halyk Finance Мурат Темирханов.", Kursiv's and Kapital's way of naming a bank's
# analyst) names that person: the Latin words are his firm, the name after them is his (round 31's skip of an occupation
# and an outlet's Latin name, "— пояснил эксперт Atameken Business.", is for a line that names no one after them)
_RU_OCCUPATION_FIRM_NAME = re.compile(r"(?:эксперт|экономист|аналитик|политолог|специалист)\s+[A-Z][\w.&\-]*"
                                      r"(?:\s+[A-Z][\w.&\-]*){0,3}\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё\-]+\s*$")


# Round 34 (Russian and Turkish quotes): a demonym before a bare minister's title ("Kazak Bakan, "…" dedi") names that
# state's minister; when the article named none the rules know, the title's plain anaphor (the last minister) must
# still be of that state, not the host minister of another one named last ("… Bakan Hakan Fidan ile görüştü. Kazak
# Bakan, …" is not Fidan's)
def _tr_demonym_of_another_state(clause: str, anaphor: str, resolver: Resolver) -> bool:
    """Does `clause` open with a demonym and a minister's title of a state other than the one of whom `anaphor` (the
    bare title in it) would be read?"""
    if anaphor not in _MINISTER_TITLES or not (codes := _local_minister_country(clause.strip())):
        return False
    person = resolver.resolve(anaphor, speaking=False)
    return person is not None and bool(person.iso3) and person.iso3 not in codes


# Round 34 (Russian and Turkish quotes): "according to X" in the dative alone before the quote ('Kırgızistan Dışişleri
# Bakanı Ceenbek Kulubayev'e göre, "…"', "Bolat'a göre", "Aliyev'e göre"), the sentence nothing but that: X's words, as
# "X'in sözlerine göre" (TR_WORDS_ACCORDING) is; a body's or an outlet's name resolves to no one
_TR_DATIVE_ACCORDING = re.compile(rf"(?P<spk>[{CAPITALS}][\w\-]*(?:\s+[{CAPITALS}][\w\-]*){{0,5}})['’](?:y|n)?[ea]\s+göre,?\s*")


# Round 35 (Azerbaijani quotes): a case ending is never part of a speaker's name. A name met first as an object or
# in a phrase of company ("TBMM-in Sədri Numan Kurtulmuşla görüşüb", "Bakıda Aida Məmmədovaya təşəkkür edib", "Ali
# Kayadan sonra") is remembered with its ending, and a later "– deyə Sədr vurğulayıb" gave that form; the ending
# (comitative, ablative, dative, locative, accusative) is dropped when the bare name also stands in the text as a
# whole name, as _az_genitive_speaker_names does for the genitive ("Sahibə Qafarova" keeps its "a": no "Sahibə
# Qafarov" is written)
_AZ_OBLIQUE_NAME_ENDINGS = ("ylə", "yla", "ndan", "ndən", "dan", "dən", "tan", "tən", "nda", "ndə", "lə", "la", "ya",
                            "yə", "da", "də", "nı", "ni", "nu", "nü", "a", "ə", "ı", "i", "u", "ü")


def _az_oblique_speaker_names(text: str, found: list[Found]) -> list[Found]:
    """Each speaker named with a case ending ('Numan Kurtulmuşla') by the bare name the text also writes."""
    for item in found:
        name = item.speaker.name if item.speaker is not None else ""
        if " " not in name or not name.endswith(_AZ_OBLIQUE_NAME_ENDINGS):
            continue
        for ending in _AZ_OBLIQUE_NAME_ENDINGS:
            bare = name[:-len(ending)]
            if name.endswith(ending) and bare[-1:].isalpha() and az_bare_name_written(text, bare):
                item.speaker = item.speaker._replace(name=bare)
                break
    return found


# Round 35 (Azerbaijani quotes): a surname before a body's capitalised name ("Kurtulmuş Türk Dövlətləri Parlament
# Assambleyasının fəaliyyətinə də toxunub: “…”") was read with the body's first word as a two-word name "Kurtulmuş
# Türk". When the first word is the surname of a full name the text writes ("Numan Kurtulmuş") and the two words never
# stand apart from a longer capitalised run, the speaker is that full name.
_AZ_NEXT_CAPITAL_WORD = re.compile(rf"\s+[{CAPITALS}]")


def _az_written_full_name(text: str, surname: str) -> str | None:
    """The one 'Given Surname' `text` writes for `surname` (the surname a whole word after a capitalised word)."""
    names = set()
    at = text.find(" " + surname)
    while at >= 0:
        end = at + 1 + len(surname)
        given = before[-1] if (before := text[max(0, at - 40):at].split()) else ""
        if given[:1].isupper() and given.isalpha() and not NAME_WORD_GOES_ON.match(text, end):
            names.add(f"{given} {surname}")
        at = text.find(" " + surname, end)
    return names.pop() if len(names) == 1 else None


def _az_run_always_goes_on(text: str, run: str) -> bool:
    """Is every place `text` writes `run` followed by another capitalised word, and preceded by none (a run after a
    capitalised word, "Politoloq Tural İsmayılov", is a longer name of its own)?"""
    at = text.find(run)
    while at >= 0:
        before = text[max(0, at - 30):at].split()
        if not _AZ_NEXT_CAPITAL_WORD.match(text, at + len(run)) or (before and before[-1][:1].isupper()):
            return False
        at = text.find(run, at + 1)
    return True


def _az_surname_before_body_speakers(text: str, found: list[Found]) -> list[Found]:
    for item in found:
        person = item.speaker
        if person is None or person.rule != "unlisted name" or person.name.count(" ") != 1:
            continue
        surname = person.name.split()[0]
        if (full := _az_written_full_name(text, surname)) and _az_run_always_goes_on(text, person.name):
            item.speaker = person._replace(name=full)
    return found


# --- Round 35 (English quotes A): partial quotes that end a sentence the older subject rules do not read ---
# (1) "As Foreign Minister X Y has put it, Kazakhstan and Hungary are “…”": AS_SAID wants the quote right after the
# comma; here the "as" clause opens the sentence and a clause naming no one (no quote marks, no speech word) leads to the
# partial quote, which is still the "as" clause's speaker's words
_EN_AS_PUT_IT_OPENING = re.compile(rf"^As\s+(?P<spk>[{_EN_CAPITALS}][^,.;:!?«»“”\"]{{1,60}}?)\s+(?:has\s+|had\s+)?"
                                   rf"(?:put\s+it|puts\s+it|said|noted|argued|observed|remarked|stressed|told\s+\w+)"
                                   r"(?:\s+(?:in|at|on|during|last|earlier|this)\s[\w ]{1,40}?)?,\s+(?P<rest>.+)$")
# (2) "During the visit of X to Dushanbe …, when …, President Y called the two peoples “…”": a sentence opening with a
# scene (a preposition or a time clause) and more than one comma before its subject; the subject is the clause's that
# opens after one of those commas (the names in the scene are objects, no speakers)
_EN_SCENE_WORDS = frozenset({"During", "When", "While", "After", "At", "On", "In", "Before", "Speaking", "Addressing",
                             "Following", "Last", "Earlier"})
_EN_CLAUSE_COMMA = re.compile(r",\s+(?=[A-Z])")
# (3) 'He added that the border, “which …”, should now “…”': an earlier partial quote set off by commas inside the same
# sentence of reported speech is the same speaker's aside; without it the sentence is plain reported speech
_EN_QUOTED_ASIDE = re.compile(r",\s*[“\"][^“”\"]{1,200}[”\"],")
# (4) "… — something X promised to raise “…”": a dash, a lower-case noun ("something", "a question", "an issue") and a
# named person's verb of promise with an infinitive (the relative "which"/"that" left out, as _EN_ZERO_RELATIVE_CALLED)
_EN_ZERO_RELATIVE_PROMISED = re.compile(
    rf"[,–—]\s+(?:something\s+|(?:a|an|the|one)\s+(?:[a-z][\w\-]*\s+){{1,3}}?)"
    rf"(?P<spk>(?:[A-Z][\w\-]*\s+){{0,3}}?[{_EN_CAPITALS}][\w'’\-]+)\s+(?:has\s+|had\s+)?"
    r"(?:promised|pledged|vowed|undertook|offered)\s+to\s+[a-z]+(?:\s+(?:up|out|on|forward|it|this|that|them))?\s*$")


def _en_partial_late_forms(own_before: str, resolver: Resolver, earlier: str = "") -> Person | None:
    """Round 35: the speaker of an English partial quote ending a sentence in one of the forms above, tried when
    _subject_partial found no one."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not sentence or sentence.rstrip()[-1:] in (".", "!", "?", "…") or not ("A" <= sentence[:1] <= "Z"):
        return None
    if sentence.startswith("As ") and (m := _EN_AS_PUT_IT_OPENING.match(sentence)):
        rest = m["rest"]  # a surname alone is the person named in full before ("As Nazarov has put it, …")
        return _surname_speaker(_speaker_phrase(m["spk"]), earlier + own_before, resolver) \
            if not _SPEECH_WORD.search(rest) and _plain_object(rest, resolver) else None
    if " promised " in sentence or " pledged " in sentence or " vowed " in sentence or " offered " in sentence \
            or " undertook " in sentence:
        if (m := _EN_ZERO_RELATIVE_PROMISED.search(sentence)) and not _QUOTE_MARK.search(sentence, 0, m.start()) \
                and not _SPEECH_WORD.search(sentence, 0, m.start()):
            return resolver.resolve(m["spk"])
    if "," in sentence and _QUOTE_MARK.search(sentence) and (aside := _EN_QUOTED_ASIDE.search(sentence)):
        head = own_before[:len(own_before) - len(sentence)]
        return _subject_partial(head + sentence[:aside.start()] + sentence[aside.end():], resolver, earlier)
    if sentence.split(None, 1)[0] in _EN_SCENE_WORDS and not _QUOTE_MARK.search(sentence):
        return _en_late_clause_subject(sentence, resolver, earlier)
    return None


def _en_late_clause_subject(sentence: str, resolver: Resolver, earlier: str) -> Person | None:
    """Round 35: the subject of the first clause after a scene's commas that opens with a person and reads as a partial
    quote's own sentence ("…, when …, President Y called the two peoples “…”")."""
    for comma in _EN_CLAUSE_COMMA.finditer(sentence):
        clause = sentence[comma.end():]
        if _subject(clause, resolver) is not None:
            return _subject_partial(clause, resolver, earlier)
    return None


# (5) "According to Nazarov, the corridor offers “…”": a surname alone after "According to" that no rule resolves is the
# person the article named in full with it before ("Economist Rustam Nazarov of …", a lower-case title leaving the name
# unremembered), as '“…,” Nazarov said' reads it (_surname_named_before); the rest must name no one
def _en_according_surname(m: re.Match, earlier: str, resolver: Resolver) -> Person | None:
    """Round 35: the speaker of 'According to SURNAME, … “…”' when the surname is the article's unlisted person."""
    phrase = m["spk"].strip()
    if " " in phrase or phrase.lower() in _OBJECT_PRONOUNS or _names_someone(m["rest"], resolver):
        return None
    return _surname_named_before(phrase, earlier, resolver)


# Round 35 (Russian and Turkish quotes): a Turkish verb-final sentence opened by a surname alone ('Toktogulov, "…" dedi.')
# whose bearer the article named in full before without quoting him ("Ticaret Müşaviri Aybek Toktogulov da … davet
# etti."): the resolver remembers only speakers, so the surname found no one (note_named_in_full, as for English
# "Shahbazov described …"). Only a lone capitalised word before the comma, so "Bakanlık, …" stays no one's.
_TR_SURNAME_OPENING = re.compile(rf"^\s*(?P<spk>[{CAPITALS}][a-zçğıöşüâîûəß-öø-ÿā-ſ'’\-]+),\s*$")
# Round 45: the lone surname opening a longer sentence, before its comma or a topic particle ("Matyakubov ise iki kentin
# … belirterek,", "Kaptanoğlu da …"): the person named in full before, when the clause rules then find him its subject
_TR_SURNAME_LEAD = re.compile(rf"^\s*(?P<spk>[{CAPITALS}][a-zçğıöşüâîûəß-öø-ÿā-ſ\-]+)"
                              r"(?:,|\s+(?:ise|de|da|ayrıca)\b,?)\s")


def _tr_surname_of_another(before: str, earlier: str, person: Person) -> str | None:
    """Round 45: the full name the article gave before to the lone surname opening the sentence, when the table resolved
    that surname to a holder who does not bear its given name (as _en_surname_names_another reads English), else
    None."""
    sentence = _SENTENCE_BREAK.split(before)[-1]
    m = _TR_SURNAME_OPENING.match(sentence) or _TR_SURNAME_LEAD.match(sentence)
    names = full_names(earlier, m["spk"]) if m and m["spk"] in earlier else []
    return names[-1][0] if names and _other_given_name(names[-1][1], _names_of(person.name)) else None


def _tr_surname_named_in_full(before: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person a lone opening surname means when the article named him in full before, else None."""
    m = _TR_SURNAME_OPENING.match(before) if len(before) < 40 else None
    lead = None
    if m is None and (lead := _TR_SURNAME_LEAD.match(sentence := _SENTENCE_BREAK.split(before)[-1])):
        m = lead  # round 45: 'Matyakubov ise … belirterek, "…" diye konuştu' (the clause read once the name is known)
    named = full_names(earlier, m["spk"]) if m else []
    if not named or _TR_SCENE_PARTICIPLE_END.search(earlier, 0, named[-1].start()) \
            or not note_named_in_full(earlier, m["spk"], resolver):
        return None
    return _clause_subject(sentence, resolver) if lead else resolver.resolve(m["spk"])


# a lower-case participle right before the full name sets a scene, no source ("Bakü'de yaşayan X Y"): round 30 keeps that
# name unremembered (_turkic_participle_named reads the participles of speaking, "Toplantıya katılan X Y")
_TR_SCENE_PARTICIPLE_END = re.compile(r"(?<![\w'’])[a-zçğıöşü]+(?:an|en)\s+$")


# Round 35 (Russian and Turkish quotes): a second predicate of the subject ending in a speech verb or a phrase verb and a
# bare "что" before a partial quote ("Глава государства попросил передать приветствие X Y и выразил уверенность, что
# «…»", "Министр поблагодарил коллегу и подчеркнул, что «…»"): the quote is the subject's. A person named in the
# first predicate is its object in an oblique case (Токаеву, коллеге), no speaker; one in the nominative (a second
# subject, "… и Токаев отметил, что") or a quote mark before the "и" leaves the sentence to the other rules.
_RU_AND_SAID_THAT_END = re.compile(rf"\s+и\s+(?:также\s+)?(?:{RU_VERBS}|(?:выразил|выразила|высказал|высказала)\s+"
                                   rf"(?:уверенность|надежду|мнение|убежденность|убеждённость)),?\s+что\s*$")


def _ru_and_said_that_end(rest: str, resolver: Resolver) -> bool:
    """Does `rest` (the words after the subject's first verb) end in "и <speech verb>, что" with every person named
    before it in an oblique case?"""
    joined = _RU_AND_SAID_THAT_END.search(rest)
    if joined is None or _QUOTE_MARK.search(rest, 0, joined.start()):
        return False
    return all(_RU_OBLIQUE_NAME.search(run) for run in _capital_runs(rest[:joined.start()])
               if resolver.resolve(run, speaking=False) is not None)


# Round 35 (Russian and Turkish quotes): "according to X" after a short opening adverbial in the paragraph before a
# quote ("Для этого, по словам Армана Шаккалиева, правительство подготовило …\n\n«…», — отметил министр.", "Кроме
# того, по мнению X, …"): the same report of X's words as a sentence opening "По словам X," (RU_ACCORDING), so the
# opening is cut and "по" capitalised for _ru_according_title_antecedent; X, not the last speaker, is the minister.
_RU_OPENING_BEFORE_ACCORDING = re.compile(r"(?:^|(?<=[.!?]\s))[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3},\s+по\s+"
                                          r"(?=(?:словам|мнению|оценке)\s)")


def _ru_opening_according_lead(lead: str) -> str:
    """`lead` with a short opening before a sentence's "по словам" cut ("Для этого, по словам X, …" → "По словам X,
    …")."""
    if ", по " not in lead:  # a cheap gate
        return lead
    return _RU_OPENING_BEFORE_ACCORDING.sub("По ", lead)


# Round 36 (English quotes): a dash-led English press statement ends in its attribution, "- Azerbaijan has … . Our
# doors are open for …, the head of state said." (President.az, APA in English); the tail after the last comma names
# the speaker and is no part of the quote. Only the line's end, only after a comma, only an English speech verb.
_EN_DASH_SAID_VERBS = ("said", "added", "noted", "stressed", "emphasized", "emphasised", "underlined", "stated")
_EN_DASH_SAID_TAIL = re.compile(
    r",\s+(?:(?P<spk>(?:the\s+|[A-Z]|[hH]e\b|[sS]he\b)[\w.\-’' ]{1,60}?)\s+(?:" + "|".join(_EN_DASH_SAID_VERBS) + r")"
    r"|(?:" + "|".join(_EN_DASH_SAID_VERBS) + r")\s+(?P<spk2>(?:the\s+|[A-Z])[\w.\-’' ]{2,60}?))\s*\.\s*$")


def _en_dash_said_tail(body: str) -> re.Match | None:
    """The ", the head of state said." ending a dash-led English line, or None (a cheap gate on the verbs first)."""
    if not any(" " + verb in body[-80:] for verb in _EN_DASH_SAID_VERBS):
        return None
    tail = _EN_DASH_SAID_TAIL.search(body)
    return tail


# Round 36 (Azerbaijani and Turkish quotes): a subheading in capitals 'SURNAME: "QUOTE IN CAPITALS"' (or 'EKONOMİST:
# "…"', a bare occupational title) whose words no later quote repeats is a quote of its own (the convention: a
# subheading quote counts unless the body quotes the same words again). Round 18 gave the label's speaker only to the
# body quote repeating it; here the label names the speaker of the subheading itself: a surname or name the article
# names (a holder or someone the body names in full), or a title the paragraph below puts before a full name
# ("… değerlendirmede bulunan ekonomist X Y ise …"). A label naming no one known, or a title the paragraph below does
# not give a name, leaves the subheading unsaid.
_CAPS_SUBHEADING_LINE = re.compile(r"(?P<spk>[^\W\d_][^:“”«»\"„\n]{1,40}?)\s*:\s*$")
_CAPS_TITLE_THEN_NAME = rf"(?P<spk>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{1,2}})"


def _repeated_later(head: Found, found: list[Found]) -> bool:
    """Does a later quote hold two thirds of the head's words (three at least)?"""
    words = _folded_words(head.text)
    for later in found:
        if later.outer[0] > head.outer[0]:
            shared = len(words & _folded_words(later.text))
            if shared >= 3 and 3 * shared >= 2 * len(words):
                return True
    return False


_TURKISH_LOWER_I = str.maketrans({"İ": "i", "I": "ı"})  # lower() makes "I" an "i" and "İ" two characters
_CASE_AFTER_APOSTROPHE = re.compile(r"['’]\w+")


def _turkic_stems(text: str) -> set[str]:
    """The first five letters of each word, lowered as Turkish lowers them, a case ending after an apostrophe cut
    ("ASYA'YA" and "Asya'nın" -> "asya", "HİZMETE" and "hizmete" -> "hizme")."""
    return {w.translate(_TURKISH_LOWER_I).lower()[:5] for w in _LETTERS.findall(_CASE_AFTER_APOSTROPHE.sub("", text))}


def _summarised_nearby(text: str, head: Found, start: int, end: int) -> bool:
    """Does the paragraph above or below the subheading hold two thirds of its words (as stems)? Then it is the
    editor's summary of what that paragraph tells ('BOLAT: "TERCİHLİ TİCARET ANLAŞMASI GENİŞLETİLECEK"' over "Bolat,
    Tercihli Ticaret Anlaşması'nın kapsamının genişletilmesi için …"), no quote of its own."""
    stems = _turkic_stems(head.text)
    above = text[:start].rstrip().rsplit("\n", 1)[-1]
    below = text[end:].lstrip().split("\n", 1)[0] if end >= 0 else ""
    return any(3 * len(stems & _turkic_stems(paragraph)) >= 2 * len(stems) for paragraph in (above, below))


def _caps_label_person(label: str, text: str, below: str, resolver: Resolver) -> Person | None:
    """The person a capitals label names: itself as a name (a holder, or a name the body writes in full; the label
    line is in capitals, so `text` holds the name as written only where the body names him), else as a title before
    a full name in `below`."""
    written = _turkic_caps_label(label.strip())
    person = resolver.resolve(written, speaking=False)
    if person is not None and person.rule != "anaphor" and (person.rule != "unlisted name" or (
            " " in person.name and person.name in text)):
        return resolver.resolve(written)
    if " " in written or written.lower() not in below.lower():
        return None  # a title is one word, and the paragraph below must use it
    m = re.search(rf"(?<![\w\-]){re.escape(written.lower())}\s+{_CAPS_TITLE_THEN_NAME}", below)
    return resolver.resolve(m["spk"]) if m else None


def _turkic_caps_subheading_own_quotes(text: str, found: list[Found], headline_end: int,
                                       resolver: Resolver) -> list[Found]:
    if not any(f.speaker is None and f.text.isupper() for f in found):
        return found  # a cheap gate: a speakerless quote in capitals
    for head in found:
        if head.speaker is not None or head.outer[0] < headline_end or not head.text.isupper():
            continue
        start = text.rfind("\n", 0, head.outer[0]) + 1
        end = text.find("\n", head.outer[1])
        line = text[start:head.outer[0]]
        if text[head.outer[1]:len(text) if end < 0 else end].strip(" .!?") or not line.isupper() \
                or (m := _CAPS_SUBHEADING_LINE.fullmatch(line)) is None or _repeated_later(head, found) \
                or _summarised_nearby(text, head, start, end):
            continue
        below = text[end:].lstrip("\n").split("\n", 1)[0] if end >= 0 else ""
        person = _caps_label_person(m["spk"], text, below, resolver)
        if person is not None:
            head.speaker, head.rule = person, "headline"
    return found


# Round 36 (Russian quotes): "«…», – подчеркнул спикер." / "– отметил спикер нижней палаты." / "– сказал председатель
# верхней палаты.": a head's title with no body's name (nothing capitalised after it) points back to the person just
# quoted, when the article titled that person a head of a body before ("Председатель Законодательной палаты X Y",
# "со спикером … X Y"); nobody when the last speaker was never titled so (a head of another person may be meant).
# Before anyone spoke, the one person the article titled a head ("Торага Жогорку Кенеша X Y встретился с … «…», –
# подчеркнул спикер."); nobody when it titled two.
_RU_BARE_HEAD = re.compile(r"(?:спикер|председатель|торага)(?:\s+[а-яё]+){0,3}")


def _ru_bare_head_last_speaker(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    if not _RU_BARE_HEAD.fullmatch(phrase):
        return None
    heads = {name for title, _of, name in ru_titled_mentions(earlier) if title.startswith(_RU_HEAD_TITLES)}
    if (last := resolver.last_speaker) is None:
        return resolver.resolve(heads.pop()) if len(heads) == 1 else None
    for name in heads:
        person = resolver.resolve(name, speaking=False)
        if person is not None and person.name == last.name:
            return resolver.resolve(name)
    return None


# Round 36 (Russian quotes): a Kyrgyz name whose last word is "уулу" (son of) or "кызы" (daughter of), written in lower
# case after the father's name ("торага Жогорку Кенеша Нурланбек Тургунбек уулу", "с Айгуль Асанбек кызы"): the lower-case
# word is part of the name, though the capitalised run the resolver reads ends before it ("Nurlanbek Turgunbek"). An
# unlisted two-word speaker the article writes so gets it back; an office holder keeps the table's name.
_RU_KYRGYZ_PATRONYMIC_NAME = re.compile(r"(?<![\w\-])([А-ЯЁ][а-яё\-]+)\s+([А-ЯЁ][а-яё\-]+)\s+(уулу|кызы)(?![\w\-])")


def _ru_kyrgyz_full_names(text: str) -> dict[tuple[str, str], str]:
    """{(given name, father's name) in Latin letters: "uulu"/"kyzy"} of each such name in `text`, the given name read
    as written and in the nominative ("с Нурланбеком Тургунбек уулу")."""
    return {(romanize(form), romanize(m[2])): romanize(m[3]) for m in _RU_KYRGYZ_PATRONYMIC_NAME.finditer(text)
            for form in {m[1], ru_nominative(m[1])}}


def _ru_kyrgyz_patronymic_names(text: str, found: list[Found]) -> list[Found]:
    if "уулу" not in text and "кызы" not in text:
        return found
    full = _ru_kyrgyz_full_names(text)
    for item in found:
        speaker = item.speaker
        if speaker is None or speaker.name.count(" ") != 1 or officeholders.by_name(speaker.name):
            continue
        if (word := full.get(tuple(speaker.name.split()))) is not None:
            item.speaker = speaker._replace(name=f"{speaker.name} {word}")
    return found


# Round 37 (English quotes A): partial quotes ending a sentence of reported speech in forms the older rules did not
# read (features, wires and press-service readouts alike). Each form is rewritten to one the older rules read, and the
# sentence is read again by them, with all their checks on the rest:
# (1) an aside naming a medium or an office, not a person, between the relative pronoun or subject and the verb ("X Y,
#     who, according to state media, described … as “…”", "X, according to his press office, urged … “…”");
# (2) the passive "X was quoted as telling his guest that …", read as "X told his guest that …";
# (3) a complement after "as" that opens the quote's noun phrase ("described ties as one based on “…”", "as one of
#     “…”"), read as "described ties as “…”";
# (4) a subject's first verb and its clause before ", and says/said/adds …" ("Still, she expects …, and says the goal
#     is “…”"), read from the second verb;
# (5) a second partial quote joined by "and" and a verb to the first ("X said A valued “…” and wanted to see “…”"),
#     the first quote read as a plain object;
# (6) a participle of naming after a copula or any verb ("X was equally upbeat, describing relations as “…”"), the
#     subject's;
# (7) a speech verb whose clause tells what another thinks ("He said the Tajik leader considered the projects “…”"):
#     the words are the speaker's report, so his.
_EN_MEDIUM_ASIDE = re.compile(r",\s+according\s+to\s+(?P<source>[^,“”\"«»„.;:!?]{2,50}?),(?=\s)")
_EN_PASSIVE_QUOTED_TELLING = re.compile(r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:quoted|cited)\s+"
                                        r"(?:by\s+[^“”\"«»„,.;:!?]{1,60}?\s+)?as\s+(?:telling|having\s+told)\s+"
                                        r"(?P<object>(?:(?:his|her|their|the|its)\s+)?[\w\- ]{1,30}?)\s+that\s+")
_EN_AS_ONE_END = re.compile(r"\s+as\s+(?:one\s+(?:(?:based|built|founded|rooted|resting|grounded)\s+(?:on|in|upon)"
                            r"|of(?:\s+the)?)|(?:being\s+)?(?:based|built|founded|rooted|grounded)\s+(?:on|in|upon))"
                            r"\s*$")
_EN_AND_SECOND_VERB = re.compile(r",\s+and\s+(?:also\s+)?(?P<verb>says|said|adds|added|argues|argued|insists|insisted|"
                                 r"notes|noted|stresses|stressed|warns|warned|believes|believed|describes|"
                                 r"described|calls|called|maintains|maintained)\b")
_EN_SECOND_PARTIAL = re.compile(r"(?P<quote>[“\"«„][^“”\"«»„]{1,300}[”\"»“])"
                                r"(?P<tail>\s+and\s+(?:also\s+)?(?:[a-z][\w\-]+ed|wants|hopes|expects|sees|calls|"
                                r"says|adds|wishes|urges|seeks)\b[^“”\"«»„,.;:!?]{0,60})$")
_EN_NAMING_PARTICIPLE_END = re.compile(r",\s+(?:describing|characteri[sz]ing|calling|terming|dubbing|branding|"
                                       r"labell?ing|hailing)\s+(?P<object>[^,“”\"«»„.;:!?]{1,80}?)(?:\s+as)?\s*$")
_EN_OTHER_CONSIDERS = re.compile(r"\s+(?:that\s+)?(?:the\s+(?:[A-Za-z][\w\-]*\s+){0,2}(?:leader|president|head\s+of\s+"
                                 r"state|prime\s+minister|government|side)|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
                                 r"\s+(?:regarded|regards|considered|considers|viewed|views|saw|sees)\s+"
                                 r"(?P<object>[^“”\"«»„.;:!?]{1,100}?)\s*$")


def _en_partial_ending_sentence(own_before: str, after: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of an English partial quote ending a sentence in one of the forms above, tried when no older rule
    found one."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not sentence or sentence.rstrip()[-1:] in (".", "!", "?", "…") or not ("A" <= sentence[:1] <= "Z"):
        return None
    head = own_before[:len(own_before) - len(sentence)]
    if "according to " in sentence and (aside := _EN_MEDIUM_ASIDE.search(sentence)) \
            and not _names_someone(aside["source"], resolver):
        return _en_partial_reread(head + sentence[:aside.start()] + sentence[aside.end():], earlier, resolver, after)
    if (" quoted " in sentence or " cited " in sentence) \
            and (told := _EN_PASSIVE_QUOTED_TELLING.search(sentence)):
        return _subject_partial(head + sentence[:told.start()] + f" told {told['object']} that "
                                        + sentence[told.end():], resolver, earlier)
    if " as " in sentence and (one := _EN_AS_ONE_END.search(sentence)):
        return _en_partial_reread(head + sentence[:one.start()] + " as ", earlier, resolver)
    if ", and " in sentence and (person := _en_second_verb_subject(sentence, head, earlier, resolver)):
        return person
    if " and " in sentence and (second := _EN_SECOND_PARTIAL.search(sentence)) \
            and _en_own_second_clause(second["tail"], resolver):
        return _en_partial_reread(head + sentence[:second.start()] + "it" + second["tail"], earlier, resolver)
    if (found := _subject(sentence, resolver)) is None:
        return _en_inverted_said_then_naming(sentence, resolver) if " said" in sentence or " told " in sentence \
            else None
    person, m = found
    rest = sentence[m.end("verb"):]
    if (naming := _EN_NAMING_PARTICIPLE_END.search(rest)) and not _QUOTE_MARK.search(rest) \
            and not _SPEECH_WORD.search(rest, 0, naming.start()) and _plain_object(rest, resolver):
        return resolver.resolve(_speaker_phrase(m["spk"]))
    if m["verb"].lower() in _SPEECH_VERB_WORDS and (other := _EN_OTHER_CONSIDERS.match(rest)) \
            and _plain_object(other["object"], resolver) and not _SPEECH_WORD.search(other["object"]):
        return resolver.resolve(_speaker_phrase(m["spk"]))
    return None


# Round 69 (quotesen69): reported words with the speaker told after them, no "that", then a naming participle whose
# object the quote names ("Trade could reach $250 million …, the development fund's director, X Y, said in an
# interview, calling the partnership “…”", dev/1121; "…, X Y told reporters, describing the deal as “…”"): the name
# right before the verb (after a comma: an appositive title before it is his) is the speaker
_EN_INVERTED_SAID = re.compile(rf",\s+(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}}),?\s+"
                               r"(?:said|says|told\s+(?:[a-z]+\s+)?[a-z]+)"
                               r"(?:\s+(?:in|at|on|during|after|before|to|while)\s[^,.;:!?“”\"«»„]{1,60})?$")


def _en_inverted_said_then_naming(sentence: str, resolver: Resolver) -> Person | None:
    """The speaker of "…, X Y said …, calling Z “…”" (the form above), else None."""
    if (naming := _EN_NAMING_PARTICIPLE_END.search(sentence)) is None \
            or (m := _EN_INVERTED_SAID.search(sentence, 0, naming.start())) is None \
            or not _plain_object(naming["object"], resolver):
        return None
    person = resolver.resolve(m["spk"], speaking=False)
    return resolver.resolve(m["spk"]) if person is not None and person.rule != "anaphor" else None


# (9) "“…,” says X Y, head of trade finance at the bank, which asked not to be named. “…”" (the business press's formula
# for an employer or a source kept anonymous): "asked" there is no speech verb of another, so the next quote goes on in
# X Y's voice (_attribution_ended drops the clause before its checks).
_EN_NOT_NAMED_CLAUSE = re.compile(r",?\s+(?:which|who|that)\s+(?:asked|requested|declined|preferred)\s+(?:not\s+)?to\s+"
                                  r"be\s+(?:named|identified)(?:\s+(?:for|because\s+of)\s+[^.!?,;:“”\"«»]{1,60})?(?=[.!?,])")
# (8) "… as one based on “kinship, mutual respect and common interests.” He said that in a world of wars, “…,”": a gap
# after a quote that ended its sentence, opening a sentence of reported speech, starts a new quote, no continuation of
# the first (CONTINUATION reads "He said that …," as "“…,” he said in Baku, “…”" does).
_EN_REPORTED_SENTENCE_GAP = re.compile(r"\s+[A-Z][\w'’\-]*\s+(?:[a-z]+\s+){1,2}?that\s")


def _en_new_reported_sentence(last_text: str, gap: str) -> bool:
    return last_text.rstrip()[-1:] in (".", "!", "?") and _EN_REPORTED_SENTENCE_GAP.match(gap) is not None


def _en_own_second_clause(tail: str, resolver: Resolver) -> bool:
    """Round 37 (5): is the clause after "and" and its verb free of another's words ("… and thanked Ankara for what
    analysts called “…”" quotes the analysts): no speech or naming word, relative clause or person named after its verb?"""
    words = tail.split()
    rest = " " + " ".join(words[3 if words[1:2] == ["also"] else 2:])  # after "and" ("also") and the verb
    return not (_SPEECH_WORD.search(rest) or _NAMING_IN_CLAUSE.search(rest) or _RELATIVE.search(rest)
                or " what " in rest or _names_someone(rest, resolver))


def _en_partial_reread(own_before: str, earlier: str, resolver: Resolver, after: str = "") -> Person | None:
    """The older rules' speaker of a rewritten sentence (round 37); with the words after the quote, also a relative
    clause's subject whose sentence goes on after it ("X, who described … as “…”, left for …")."""
    return _subject_partial(own_before, resolver, earlier) or _en_partial_late_forms(own_before, resolver, earlier) \
        or (_en_object_who_said(own_before, resolver) if ", who " in own_before else None) \
        or (_en_who_said_partial(own_before, after, earlier, resolver) if after and ", who " in own_before else None)


def _en_second_verb_subject(sentence: str, head: str, earlier: str, resolver: Resolver) -> Person | None:
    """Round 37 (4): the subject's words after ", and says …" when its first verb's clause names nobody."""
    if (found := _subject(sentence, resolver)) is None:
        return None
    m = found[1]
    second = _EN_AND_SECOND_VERB.search(sentence, m.end("verb"))
    if second is None:
        return None
    first = sentence[m.end("verb"):second.start()]
    if _QUOTE_MARK.search(first) or _SPEECH_WORD.search(first) or _RELATIVE.search(first) \
            or _names_someone(first, resolver):
        return None
    return _subject_partial(head + sentence[:m.start("verb")] + sentence[second.start("verb"):], resolver, earlier)


# Round 37 (Russian, Azerbaijani and Turkish quotes): the bare title a verb-final sentence opens with is its longest
# word for a person ('Görüşdə Baş nazir Azərbaycanın … “…” kimi gördüyünü deyib' is the prime minister, not the last
# minister "nazir" alone would mean), as "the prime minister" is no "the minister"
def _most_specific_anaphor(words: str) -> str | None:
    """The longest of PRONOUNS standing as words in `words` (spaces around it), else None."""
    found = [w for w in PRONOUNS if f" {w} " in words]
    return max(found, key=len) if found else None


# Round 37 (Russian): a sentence of reported speech opening with "Она" (she) after a sentence that names one woman
# ("В тот же день делегацию приняла председатель Сената Анна Петрова. Она подчеркнула, что диалог «…»") is hers,
# not the man who spoke last: the pronoun's gender tells them apart (Russian word order puts the subject after the
# verb, so the subject rules miss her)
_RU_SHE_OPENS = re.compile(r"(?:^|[.!?…]\s+)Она\s+[а-яё][^.!?…«»“”]*$")


def _feminine_name(name: str) -> bool:
    """Does a romanised Slavic or Central Asian full name read as a woman's (surname in -a: "Narbayeva", "Petrova")?"""
    return name.rstrip().endswith("a")


def _ru_she_antecedent(before: str, resolver: Resolver) -> None:
    """The one woman the sentence before a "Она …" sentence ending at the quote names becomes the last speaker."""
    if (m := _RU_SHE_OPENS.search(before)) is None or not before[:m.start()].strip():
        return
    lead = _RU_SENTENCE_BREAK.split(before[:m.start()].strip())[-1]
    if (person := _ru_one_named(lead, resolver)) is not None and _feminine_name(person.name):
        resolver.last_speaker = person


# Round 41 (Russian quotes): "он" (he) as the subject of the sentence ending at a partial quote, after a sentence whose
# one person is a man named in the nominative ("Позднее делегацию принял председатель Кабмина Адылбек Касымалиев. Как
# сообщила пресс-служба, он назвал отношения «…»"): he is that man, not whoever spoke last. Russian puts the subject
# after the verb there, which the subject rules miss; a name in another case ("принял посла Ахмета Демира") is an
# object, and a sentence with a pronoun of its own goes on about someone named before
_RU_HE_CLAUSE = re.compile(r"(?:^|[.!?…]\s+)(?:Он|[А-ЯЁ][^.!?…«»“”,]{0,80},\s+он)\s+(?:также\s+)?[а-яё][^.!?…«»“”]*$")
_RU_PRONOUN_WORD = re.compile(r"(?<![\w\-])(?:он|она|его|её|ее|ему|ей|им|ним|нему)(?![\w\-])", re.I)


# Round 61 (quotesru61): a feminine pronoun of the lead ("…, где её принял глава … X Y. Он назвал …", "её" the
# delegation) can name no man "он" means: only the others leave whom "он" is open
_RU_FEMININE_PRONOUNS = frozenset({"она", "её", "ее", "ей"})


def _ru_masculine_pronoun_in(lead: str) -> bool:
    return any(word.lower() not in _RU_FEMININE_PRONOUNS for word in _RU_PRONOUN_WORD.findall(lead))


def _ru_masculine_nominative(name: str) -> bool:
    """Does a Cyrillic name read as a man's in the nominative ("Адылбек Касымалиев", not "Адылбека Касымалиева")?"""
    return ru_nominative(name) == name and ru_nominative_of_genitive(name) == name \
        and ru_nominative_of_dative(name) == name


def _ru_he_antecedent(before: str, resolver: Resolver) -> None:
    """The one man the sentence before a "… он …" sentence ending at the quote names as its subject becomes the last
    speaker."""
    if (m := _RU_HE_CLAUSE.search(before, max(0, before.rfind(". ")))) is None or not before[:m.start()].strip():
        return  # (read from the last sentence's break: the clause holds no stop)
    lead = _RU_SENTENCE_BREAK.split(before[:m.start()].strip())[-1]
    if lead[:1] in _RU_THING_INITIALS and _RU_THING_OPENING.match(lead) \
            and (person := _ru_thing_lead_one_man(lead, resolver)) is not None:
        resolver.last_speaker = person  # round 60 (quotesazru60)
        return
    if _ru_masculine_pronoun_in(lead) or (person := _ru_one_named(lead, resolver)) is None \
            or _feminine_name(person.name) or person == resolver.last_speaker:
        return
    if any(_ru_masculine_nominative(phrase) and resolver.resolve(phrase, speaking=False) == person
           for phrase in _CYRILLIC_NAME.findall(lead)):
        resolver.last_speaker = person


# Round 60 (quotesazru60): the one man a sentence about a thing names in an oblique case ("Визит стал первой поездкой
# X-а в Ашхабад после его назначения. Открывая брифинг, он назвал …"): "он" is he, the sentence's subject no person;
# "его" after his name is his own ("his appointment"), no one else's
_RU_THING_OPENING = re.compile(r"(?:Визит|Поездка|Встреча|Переговоры|Это|Эта|Этот|Он[ао]?\s+стал[аио]?)\s")
_RU_THING_INITIALS = frozenset("ВПЭО")
_RU_CAPITALISED_AFTER_SPACE = re.compile(r"(?<=\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def _ru_thing_lead_one_man(lead: str, resolver: Resolver) -> Person | None:
    """The one listed man the capitalised words of `lead` after its first name (in any case), its pronouns all "его"
    after him, else None."""
    if any(word.lower() != "его" for word in _RU_PRONOUN_WORD.findall(lead)):
        return None
    people, first = {}, None
    for m in _RU_CAPITALISED_AFTER_SPACE.finditer(lead):
        if (person := resolver.resolve(ru_nominative_of_genitive(m[0]), speaking=False)
                or resolver.resolve(m[0], speaking=False)):
            people[person.name], first = person, first if first is not None else m.start()
    if len(people) != 1 or (person := next(iter(people.values()))).rule != "name" or _feminine_name(person.name):
        return None
    return person if "его" not in lead[:first] else None


# Round 37 (Russian): a paragraph that opens with a full name as its subject ("Анвар Саидов, в свою очередь, передал
# приветствие от президента … Рустама Каримова и подчеркнул, что …", "Анвар Саидов заявил …") is that person's, for a
# "— сказал он/спикер" opening the next paragraph, though it names others in oblique cases (a greeting's sender, a host)
# (round 41, Russian quotes: or "— сказал глава региона" / "аким" opening the paragraph after the governor's, "Аким
# области X Y встретился с инвесторами.", people._TURKIC_BARE_OCCUPATIONS then reading him as the last speaker)
# (round 42: or a city's head, "— сказал мэр" / "глава города" / "глава исполнительной власти" under "Гостей встретил мэр
# Оша X Y.")
_RU_AFTER_VERB_SPEAKER = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:{RU_VERBS})\s+(?:спикер|аким|мэр|глава\s+(?:региона|"
                                    r"области|города|исполнительной\s+власти)|руководитель\s+региона)(?![\w\-])")
_RU_AFTER_VERB_SPEAKER_WORDS = ("спикер", "аким", "мэр", "глава ре", "глава об", "глава го", "глава ис",
                                "руководитель ре")  # its cheap gate
# (a name joined by "и" to another opens a paragraph of two subjects, neither of them the one speaker)
_RU_OPENING_FULL_NAME = re.compile(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)"
                                   r"(?=,\s|\s+(?!и\s)[а-яё])")


def _ru_opening_subject(paragraph: str, resolver: Resolver) -> Person | None:
    """The person of the full name in the nominative opening a Russian paragraph, else None."""
    if not (m := _RU_OPENING_FULL_NAME.match(paragraph.lstrip())) or ru_nominative(m[1]) != m[1]:
        return None
    return resolver.resolve(m[1], speaking=False)


# Round 37 (English quotes B): reported speech whose attribution closes the sentence, an occasion perhaps after the verb
# ("In the first half, turnover stood at $2.1 billion, Narbayeva said at a joint press conference.", "…, Kasymaliyev told
# reporters."): the name makes the last speaker, for a later "“…,” she said" (_EN_BARE_REPORTED reads the subject before
# its clause, "X said turnover …", and not "X said at"). Read only when the text before the quote ends that sentence.
_EN_SAID_CLOSING = re.compile(
    rf",\s+(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{0,2}})\s+(?:{_EN_BARE_SPEECH_VERBS}|told\s+[a-z]+)"
    r"(?:\s+(?:at|in|on|during|after|before|to|while)\s[^,.;:!?“”\"«»„]{1,80})?\.\s*$")


def _en_said_closing_subject(body: str, resolver: Resolver) -> bool:
    """Make the name closing the last sentence of `body` ("…, X said at ….") the last speaker; whether one did."""
    if not body.rstrip().endswith(".") or (m := _EN_SAID_CLOSING.search(body)) is None \
            or (person := resolver.resolve(m["spk"], speaking=False)) is None:
        return False
    if person.rule == "unlisted name" and " " in m["spk"]:
        return False  # (as _en_bare_reported_subject: a new full name here is no one the article introduced)
    resolver.resolve(m["spk"])
    return True


# Round 38 (Russian, Azerbaijani and Turkish quotes): the outlet the words were told to, after the speaker's name
# ("«…», — сказал Нуржан Кошербаев «Курсиву».", "— сказал Назаров Sputnik Таджикистан.", "— заявил Исаев 24.kg."):
# AFTER_VERB_SPEAKER_RU wants a stop right after the name and finds the outlet there, so the name before the outlet
# (its last word capitalised: "— сказал глава Halyk Finance." names a firm's head, no one) is read alone
_RU_SPEAKER_THEN_OUTLET = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:как\s+)?(?:{RU_VERBS})\s+"
                                     rf"(?P<spk>(?:[^.;:!?“”\"«»]{{1,90}}?\s)?[А-ЯЁ][а-яё\-]+)\s+{_RU_OUTLET_NAME}\s*(?:[.,;]|$)")
_RU_OUTLET_MARK = re.compile(r"[«A-Z]|\d\.[a-z]")


def _ru_speaker_then_outlet(after: str, resolver: Resolver) -> tuple[Person, int] | None:
    """(speaker, span end) of "— сказал X Y «Outlet»." after a quote, else None."""
    if not _RU_OUTLET_MARK.search(after, 0, 140) or not (m := _RU_SPEAKER_THEN_OUTLET.match(after)):  # a cheap gate
        return None
    person = resolver.resolve(_speaker_phrase(m["spk"]))
    return (person, m.end()) if person else None


# Round 38 (Russian, Azerbaijani and Turkish quotes): a sentence that opens with its source, a body or outlet, before a
# lower-case title as its subject ("По информации Акорды, президент назвал Турцию «…»", "Как сообщает пресс-служба,
# министр назвал …"): the subject after the source's comma is read as if the sentence opened there (SUBJECT wants a
# capital). A source that names a person ("По информации министра X Y, …") is his report, read so by nobody here.
_RU_SOURCE_OPENING = re.compile(r"(?:По\s+(?:информации|данным|сообщению)|Как\s+(?:сообщает|сообщила|сообщило|"
                                r"сообщили|передает|передаёт|пишет|информирует))\s[^,«»“”\"„.;:!?]{1,60},\s+(?=[а-яё])")


def _ru_after_source_opening(sentence: str, resolver: Resolver) -> str | None:
    """The rest of a Russian sentence after its source opening, capitalised, when the source names no one, else None."""
    if not (m := _RU_SOURCE_OPENING.match(sentence)) or _names_someone(sentence[:m.end()].rstrip(" ,"), resolver):
        return None
    rest = sentence[m.end():]
    return rest[:1].upper() + rest[1:]


# Round 38 (Russian, Azerbaijani and Turkish quotes): a partial quote that is the dative verbal noun of what someone was
# called on to do, before "davet etti" / "çağırdı" ('Bakan, … alanlarında da "ortak projeler üzerinde çalışmaya" davet
# etti', Azerbaijani '"…" dəvət edib', "çağırıb"): the subject's words, as the nominalised clause before "söyledi" is
# (BARE_VERB_AFTER); a quote ending in no such noun ('"Türk Yatırım Günleri"ne davet etti') names an event, no words
_TR_CALLED_TO_END = re.compile(r"\w(?:maya|meye|mağa|məyə)$")
_TR_CALLED_TO_VERBS = r"(?:davet etti|çağırdı|çağrıda bulundu|dəvət edib|çağırıb|çağırış edib)\b"
_TR_CALLED_TO_AFTER = re.compile(rf"^\s*{_TR_CALLED_TO_VERBS}")
# Round 56 (quotes, other): or the noun right after the quote, the quote how it is to be done ('O, … turoperatorlarını
# rayona "birbaşa çarter reysləri ilə" gəlməyə dəvət edib', Turkish '… "…" yatırım yapmaya çağırdı')
_TR_CALLED_TO_NOUN_AFTER = re.compile(rf"^\s*(?:[a-zçğıöşüə]+\s+)?[a-zçğıöşüə]+(?:maya|meye|mağa|məyə)\s+"
                                      rf"{_TR_CALLED_TO_VERBS}")


def _tr_called_to(quoted: str, before: str, after: str, resolver: Resolver) -> tuple[Person, int] | None:
    """(speaker, span end) of '… "…maya" davet etti', the sentence's subject, else None."""
    if not (_TR_CALLED_TO_END.search(quoted) and (m := _TR_CALLED_TO_AFTER.match(after))
            or (m := _TR_CALLED_TO_NOUN_AFTER.match(after)) and not _title_case(quoted)) \
            or _local_joint_subject(before, resolver):  # ('"Türk Yatırım Günleri" fuarına katılmaya': a name)
        return None
    if AZ_PRONOUN_OPENS.match(_SENTENCE_BREAK.split(before)[-1].lstrip()):
        person = resolver.resolve("o")  # round 56 (quotes, other): 'O, X-in … "…" gəlməyə dəvət edib' (he, not X)
    else:
        person = _clause_subject(before, resolver)
    return (person, m.end()) if person else None


# Round 38 (Russian, Azerbaijani and Turkish quotes): a whole sentence quoted before a bare Turkish speech verb with no
# "diye" ('Bolat, … "Özbekistan ile yeni bir dönem başlıyor" söyledi.', as some outlets write it): the sentence's
# subject, as for the nominalised clause before the same verbs (BARE_VERB_AFTER); the verb must end the sentence, and
# the subject be one person ('Bolat ve Şakkaliyev, "…" belirtti' is neither's alone). Not the Azerbaijani verbs ('…
# Mirziyoyevə salamlarını çatdırmağı xahiş edib və "…" deyib', read by _az_opening_subject)
_TR_BARE_SPEECH_VERB_AFTER = re.compile(r"^\s*(?:söyledi|belirtti|vurguladı|kaydetti|ifade etti|dile getirdi|açıkladı|"
                                        r"bildirdi|ekledi)\b")


def _tr_whole_quote_bare_verb(quoted: str, before: str, after: str, earlier: str,
                              resolver: Resolver) -> tuple[Person, int] | None:
    """(speaker, span end) of 'X, "…" söyledi.' with a whole sentence quoted (a surname alone: the full name `earlier`
    gave), else None."""
    if not (m := _TR_BARE_SPEECH_VERB_AFTER.match(after)) or after[m.end():].lstrip()[:1] not in (".", "!", "") \
            or NOMINALISED_END.search(quoted) or not before.strip() or _local_joint_subject(before, resolver):
        return None
    if ", " in before and (found := _tr_verb_final_subject(before, resolver)) is not None:
        return (found, m.end()) if found else None  # (as after "dedi": 'X ile görüşen Y, …' is Y's)
    person = _clause_subject(before, resolver) or _tr_surname_named_in_full(before, earlier, resolver)
    return (person, m.end()) if person else None


_CYRILLIC_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё\-]+")


def _ru_heads_named(text: str, resolver: Resolver) -> set[str]:
    """The heads of state in office that `text` names by a Cyrillic name word (any case)."""
    return {term.name for word in _CYRILLIC_NAME_WORD.findall(text)
            for form in {word, ru_nominative(word), ru_nominative_of_genitive(word)}
            for term in officeholders.by_name(form, resolver.day)
            if term.office == officeholders.HEAD_OF_STATE and term.covers(resolver.day)}


def _ru_source_subject(sentence: str, lead: str, resolver: Resolver) -> tuple[str, tuple[Person, re.Match]] | None:
    """(the sentence after its source opening, (subject, SUBJECT match)), else None. A bare "президент" is the one
    head of state `lead` (the paragraph's text before the sentence, else the paragraph before) names, not the last
    speaker, a guest minister."""
    if (rest := _ru_after_source_opening(sentence, resolver)) is None or (found := _subject(rest, resolver)) is None:
        return None
    title = found[1]["spk"].strip().lower()
    if title in _PRESIDENT_TITLES:
        heads = _ru_heads_named(lead, resolver)
        # (made the last speaker: the subject rules read the title again, and it means the last speaker)
        return (rest, (resolver.resolve(heads.pop()), found[1])) if len(heads) == 1 else None
    if " " not in title and not _title_fits(title, found[0]):
        return None
    return rest, found


# Round 38 (English quotes): (1) a partial quote in a relative clause of speech on a titled object ("… met President X
# Y, who urged Turkish firms to build “…” in Kyrgyzstan", "… held talks with Minister X Y, who called …"): a title
# right before the name marks it as the person "who" stands for, whatever verb governs the object (round 33's
# _en_object_who_said wants "by" or "with" before it; a bare name, "as X met Y, who …", stays no one's as round 28
# decided). The clause's own checks are round 33's.
_EN_OBJECT_TITLES = _PERSON_TITLES | {"President", "Premier", "Speaker", "Chair", "Chairperson", "Envoy", "Governor"}
# the lower-case word before the title's run: a verb or preposition governs an object; after a subordinator or "and" the
# run is a clause's subject ("as Minister X Y, who has said … “…” and flew home", round 28's test), left to round 28
_EN_WORD_BEFORE_RUN = re.compile(rf"(?:^|\s)(?P<word>[a-z]+)\s+(?:[{_EN_CAPITALS}][\w'’\-]*\s+)*$")
_EN_SUBJECT_RUN_OPENERS = frozenset({"as", "when", "while", "after", "before", "because", "since", "if", "until",
                                     "once", "and", "but", "though", "although", "whereas", "or"})


def _en_titled_object_who_said(own_before: str, resolver: Resolver) -> Person | None:
    """The titled person named right before ", who said/urged …“…”" in the quote's sentence, when the form holds."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1]
    m = _EN_OBJECT_WHO_SAID.search(sentence)
    if m is None or not _who_said_verb(m["verb"], m["rest"]) or _SPEECH_WORD.search(m["rest"]) \
            or not _plain_object(_unquote_terms(m["rest"]), resolver):
        return None
    name = _EN_NAME_BEFORE_WHO.search(sentence, 0, m.start())
    if name is None or (governor := _EN_WORD_BEFORE_RUN.search(sentence, 0, name.start())) is None \
            or governor["word"] in _EN_SUBJECT_RUN_OPENERS:
        return None
    words = name[0].split()
    word_before = sentence[:name.start()].split()[-1:]
    if len(words) == 3 and words[0] in _EN_OBJECT_TITLES:
        phrase = " ".join(words[1:])  # "President Sadyr Japarov"
    elif len(words) == 2 and word_before and word_before[0] in _EN_OBJECT_TITLES:
        phrase = name[0]  # "Foreign Minister Ali Veli": the title's last word before the two
    else:
        return None
    return resolver.resolve(phrase) if resolver.resolve(phrase, speaking=False) is not None else None


# Round 38 (English quotes): (2) a surname alone opening the quote's sentence, its full name given earlier in the same
# paragraph ("Scholar X Y spoke at the panel. Y, according to a transcript, warned that the region risked “…”"): the
# surname rules look for the full name only in the paragraphs before (round 17's _surname_subject_named_before), so the
# resolver is told the full name from the paragraph's own sentences and the older rules read the sentence again.
_EN_SURNAME_OPENING = re.compile(rf"(?P<surname>[{_EN_CAPITALS}][\w'’\-]+)(?=,\s|\s+[a-z])")


def _en_surname_named_in_paragraph(own_before: str, after: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of a partial quote whose sentence opens with a surname the paragraph named in full before it."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    head = own_before[:len(own_before) - len(sentence)]
    m = _EN_SURNAME_OPENING.match(sentence)
    if m is None or f" {m['surname']}" not in head or not _SURNAME_ALONE.fullmatch(m["surname"]) \
            or not note_named_in_full(head, m["surname"], resolver):
        return None
    return _subject_partial(own_before, resolver, earlier) \
        or _en_partial_ending_sentence(own_before, after, earlier, resolver)


# Round 39 (English quotes A): partial quotes ending a sentence of reported speech in eight more forms, each rewritten to
# one the older rules read (the sentence is then read again by them, with all their checks on the rest):
# (1) an aside between the object of a naming verb and its "as" ("described the bloc, in which Hungary holds observer
#     status, as “…”", "described the alliance, sealed in 2021, as “…”"), dropped when it tells no one's words (a person
#     named there, "which X built", is no speaker);
# (2) an appositive whose zero relative has a pronoun for the subject ("…, a figure he called “…”"), read as the
#     participle "…, calling it “…”" (round 30's _EN_ZERO_RELATIVE_CALLED wants a name there);
# (3) a second that-clause after ", but that" ("He added that the sum had been announced before, but that the plan
#     “…”"), read from its own clause, the first one dropped (a quote there is the same subject's report too);
# (4) an opening scene with a relative aside ("At the OTS, where Hungary has been an observer since 2018, the prime
#     minister described …"), the aside dropped so round 15's scene opening reads it;
# (5) "considers/deems X “…”" (an opinion verb naming its object without "as"), read as "calls X “…”";
_EN_ASIDE_BEFORE_AS = re.compile(r",\s+(?P<aside>(?:(?:in|of|to|with|under|through|by)\s+which|which|where|whose|"
                                 r"[a-z]+(?:ed|en|nt|lt))\s[^,“”\"«»„;:!?]{2,90}),\s+as\s*$")
_EN_APPOSITIVE_PRONOUN_CALLED = re.compile(
    r",\s+(?:a|an|the|one)\s+(?:[a-z][\w\-]*\s+){1,3}(?:that\s+|which\s+)?(?:he|she)\s+(?:has\s+|had\s+)?"
    r"(?:(?:long|repeatedly|often|once|also|then|previously)\s+)?(?:called|termed|dubbed|described\s+as)\s*$")
_EN_BUT_THAT = re.compile(r",\s+but\s+(?:also\s+)?that\s+")
_EN_THAT_CLAUSE_OPENING = re.compile(r"\s(?:also\s+)?(?:said|added|noted|stressed|argued|insisted|acknowledged|"
                                     r"conceded|admitted|warned|explained|recalled|says|adds|notes|argues)\s+that\s")
_EN_SCENE_RELATIVE_ASIDE = re.compile(r"(?:At|In|During|On)\s[^,;:“”\"«»„]{1,80}?(?P<aside>,\s+(?:where|which|whose|"
                                      r"when)\s[^,;:“”\"«»„]{2,120}?),\s+(?=[a-z]|[A-Z][a-z]+\s)")
_EN_OPINION_NAMING = re.compile(r"\s(?P<verb>considers|considered|deems|deemed)\s(?=[^“”\"«»„]*$)")
# (6) a sentence adverb between a pronoun or name and the verb ("She nevertheless considers …", "He however described
#     …"), dropped (SUBJECT wants the verb right after the subject);
_EN_SUBJECT_ADVERB = re.compile(r"(?:He|She|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+"
                                r"(?P<adverb>(?:nevertheless|nonetheless|"
                                r"however|still|meanwhile|instead|likewise|similarly|therefore|though|even\s+so)"
                                r",?\s+)(?=[a-z]+\s)")
# (7) a second partial quote after a first one and "and" with a naming verb ("X said A and B were “…” and described the
#     alliance as “…”"), read as the subject and the second clause ("X described the alliance as “…”").
_EN_AND_NAMING_AFTER_QUOTE = re.compile(r"[”\"»“]\s+and\s+(?:also\s+)?(?P<clause>(?:described|called|termed|dubbed|"
                                        r"labell?ed|characteri[sz]ed|hailed|branded)\s[^“”\"«»„]{0,100})$")
# (8) "He asked X to pass on “…”" (asked/requested a messenger to convey the subject's words or wishes), read as "He
#     said “…”"; the messenger named is no speaker.
_EN_ASKED_TO_CONVEY = re.compile(r"\s(?:asked|requested|urged)\s+"
                                 r"(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’\-]+\s+){1,3}?"
                                 r"|(?:him|her|them|(?:his|her|their|the)\s+(?:[a-z]+\s+){1,2}?))"
                                 r"to\s+(?:pass\s+on|convey|relay|deliver|transmit)\s+(?=[^“”\"«»„]*$)")


def _en_rewrite_asides_and_opinions(sentence: str, resolver: Resolver) -> str | None:
    """The sentence in a form the older rules read, when it holds one or more of the forms above; else None."""
    rewritten = sentence
    if " as" in rewritten and (aside := _EN_ASIDE_BEFORE_AS.search(rewritten)) \
            and not _SPEECH_WORD.search(aside["aside"]):
        rewritten = rewritten[:aside.start()] + " as "
    if ("he " in rewritten or "she " in rewritten) \
            and (called := _EN_APPOSITIVE_PRONOUN_CALLED.search(rewritten)):
        rewritten = rewritten[:called.start()] + ", calling it "
    if ", but " in rewritten and (second := _EN_BUT_THAT.search(rewritten)) \
            and (opening := _EN_THAT_CLAUSE_OPENING.search(rewritten, 0, second.start())):
        rewritten = rewritten[:opening.end()] + rewritten[second.end():]
    if rewritten[:1] in "AIDO" and (scene := _EN_SCENE_RELATIVE_ASIDE.match(rewritten)) \
            and not _names_someone(scene["aside"], resolver):
        rewritten = rewritten[:scene.start("aside")] + rewritten[scene.end("aside"):]
    if (" consider" in rewritten or " deem" in rewritten) and (opinion := _EN_OPINION_NAMING.search(rewritten)):
        rewritten = rewritten[:opinion.start()] + (" calls " if opinion["verb"].endswith("s") else " called ") \
            + rewritten[opinion.end():]
    if (adverb := _EN_SUBJECT_ADVERB.match(rewritten)) is not None:
        rewritten = rewritten[:adverb.start("adverb")] + rewritten[adverb.end():]
    if " and " in rewritten and (naming := _EN_AND_NAMING_AFTER_QUOTE.search(rewritten)) \
            and (found := _subject(rewritten, resolver)) is not None and found[1].end("verb") <= naming.start():
        rewritten = rewritten[:found[1].start("verb")] + naming["clause"]
    if " to " in rewritten and (asked := _EN_ASKED_TO_CONVEY.search(rewritten)):
        rewritten = rewritten[:asked.start()] + " said " + rewritten[asked.end():]
    return rewritten if rewritten != sentence else None


def _en_partial_rewritten(own_before: str, after: str, earlier: str, resolver: Resolver,
                          rewrite: Callable[[str, Resolver], str | None],
                          older: Callable[[str, str, str, Resolver], Person | None]) -> Person | None:
    """The speaker of an English partial quote ending a sentence that `rewrite` puts in a form the older rules read:
    the subject of the rewritten sentence, else what `older` (the rules of the round before) makes of it."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not sentence or sentence.rstrip()[-1:] in (".", "!", "?", "…") or not ("A" <= sentence[:1] <= "Z"):
        return None
    rewritten = rewrite(sentence, resolver)
    if rewritten is None:
        return None
    own = own_before[:len(own_before) - len(sentence)] + rewritten
    return _subject_partial(own, resolver, earlier) or older(own, after, earlier, resolver)


def _en_partial_after_asides_and_opinions(own_before: str, after: str, earlier: str,
                                          resolver: Resolver) -> Person | None:
    """The speaker of an English partial quote ending a sentence in one of round 39's forms, tried when no older rule
    found one."""
    return _en_partial_rewritten(own_before, after, earlier, resolver, _en_rewrite_asides_and_opinions,
                                 _en_partial_ending_sentence)


# Round 39 (English quotes B): whole quotes the older rules gave to the person named before their speaker.
# (1) Reported speech whose attribution stands inside its sentence, a lower-case clause after it ("Last year turnover
# stood at $610 million, X said, compared with $535 million a year earlier.", "…, X told reporters, adding that …"):
# _EN_SAID_CLOSING wants the sentence to end at the verb, so the name made no last speaker and a later "the minister
# said" went to whoever spoke before. Only the paragraph's last sentence, and the clause after it must name no one.
_EN_SAID_INSIDE = re.compile(
    rf",\s+(?P<spk>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{0,2}})\s+(?:{_EN_BARE_SPEECH_VERBS}|told\s+[a-z]+)"
    r",\s+(?P<rest>[a-z][^.;:!?“”\"«»„]{1,150})\.\s*$")


def _en_said_inside_subject(body: str, resolver: Resolver) -> bool:
    """Make the name of "…, X said, <clause>." closing `body` the last speaker; whether one did."""
    if (m := _EN_SAID_INSIDE.search(body)) is None or _names_someone(m["rest"], resolver) \
            or (person := resolver.resolve(m["spk"], speaking=False)) is None:
        return False
    if person.rule == "unlisted name" and " " in m["spk"]:
        return False  # (as _en_said_closing_subject: a new full name here is no one the article introduced)
    resolver.resolve(m["spk"])
    return True


# (2) The verb first, then a surname with a word of manner before it or an occasion after it ("“…,” said a smiling X at
# the end of the forum.", "“…,” said X in Samarkand."): AFTER_VERB_SPEAKER reads the occasion as part of the name and
# wants a capital after the verb, so a surname the table does not know went unattributed. The name (up to three
# capitalised words) ends at a stop, a comma or a preposition; a surname alone is the person named in full before.
_EN_SAID_MANNER_NAME = re.compile(
    r"^\s*[,.!?]?\s*(?:said|says|added|replied|remarked|explained|admitted|conceded|joked|insisted)\s+"
    r"(?:an?\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed|ful|ous|ent|ant)\s+)?"
    rf"(?P<spk>[{_EN_CAPITALS}][\w'’\-]+(?:\s+[{_EN_CAPITALS}][\w'’\-]+){{0,2}})"
    r"(?=\s*[.;]|\s*$|,\s|\s+(?:at|in|on|during|after|before|while|as|when|to|from)\s)")


def _en_said_manner_name(after: str, earlier: str, resolver: Resolver) -> tuple[Person, int] | None:
    """The speaker of '“…,” said a smiling X at …' and the attribution's end, else None."""
    if (m := _EN_SAID_MANNER_NAME.match(after)) is None or m["spk"].split()[0] in _EN_SCENE_WORDS:
        return None
    person = _surname_speaker(m["spk"], earlier, resolver)
    return (person, m.end()) if person is not None else None


# (3) A sentence of the quote's paragraph that opens with a scene and no comma before its subject ("At a press
# conference in the evening X rejected such criticism. “…,” he said"): SUBJECT reads the scene's first word as the
# subject, so "he" stayed the last speaker. Lower-case scene words only, or a weekday ("In a speech on Monday X struck
# …"; another capitalised word may be the subject or a place), a lower-case verb after the name (no "and": "X and Y
# signed" is two people); a new two-word name the table does not know is no one here (a company).
_EN_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_EN_SCENE_NO_COMMA = re.compile(
    r"(?:At|In|On|During|After|Before|Later)\s+"
    rf"(?:(?:[a-z0-9][\w\-]*|{_EN_WEEKDAYS})\s+){{1,8}}?(?!(?:{_EN_WEEKDAYS})\b)"
    rf"(?P<spk>[{_EN_CAPITALS}][\w'’\-]+(?:\s+[{_EN_CAPITALS}][\w'’\-]+){{0,2}})\s+(?:also\s+|again\s+)?"
    r"(?!(?:and|or|of|for|in|at|on|to|with|from|by|as|the|an?)\b)[a-z]{3,}\b")
_EN_SCENE_NO_COMMA_INITIALS = frozenset("AIODBL")


def _en_scene_no_comma_subject(sentence: str, resolver: Resolver) -> bool:
    """Make the subject after a comma-less scene the last speaker; whether one was."""
    if (m := _EN_SCENE_NO_COMMA.match(sentence)) is None \
            or (person := resolver.resolve(m["spk"], speaking=False)) is None:
        return False
    if person.rule == "unlisted name" and " " in m["spk"]:
        return False
    resolver.resolve(m["spk"])
    return True


# (4) An Uzbek surname's own apostrophe ("Ne'matullayev", "Sa'dullayev", "To'xtayev") is no Turkish case ending after
# a name ("Koridor'daki"): the letters after it end as an Uzbek or Tajik surname does.
_EN_UZBEK_APOSTROPHE_SURNAME = re.compile(r"\w['’][a-z]{2,}(?:ov|ev|ova|eva|zoda|zade)$")


def _uzbek_apostrophe_surname(name: str) -> bool:
    return _EN_UZBEK_APOSTROPHE_SURNAME.search(name) is not None


# Round 39 (Russian quotes): "По его словам" in a paragraph whose sentences before name one person ("Фермер из … района
# X Y, который …, оценивает опыт положительно. По его словам, урожайность выросла «…»") is that person's words, not the
# last speaker's from the paragraphs before; a paragraph naming nobody or two leaves the last speaker (round 14)
def _ru_own_words_antecedent(head: str, resolver: Resolver) -> None:
    """Make the one person the Russian `head` (the paragraph's sentences before the quote's) names the last speaker."""
    if head.strip() and (person := _ru_one_named(head, resolver)) is not None:
        resolver.last_speaker = person


# Round 39 (Russian quotes): the second predicate's "что" with its clause's subject before the partial quote ("Глава
# государства передал наилучшие пожелания X Y-у и отметил, что сотрудничество двух стран стало «…»"): round 35's
# _ru_and_said_that_end wants the quote right after "что"; here the clause after it must name nobody, and a person in
# the first predicate be its object in an oblique case, as there
_RU_AND_SAID_THAT_CLAUSE_END = re.compile(_RU_AND_SAID_THAT_END.pattern.removesuffix(r"\s*$")
                                          + r"\s+(?P<clause>[^,«»“”\"]{1,120})$")


def _ru_and_said_that_clause_end(rest: str, resolver: Resolver) -> bool:
    """Does `rest` end in "и <speech verb>, что <a clause naming nobody>", every person before the "и" oblique?"""
    joined = _RU_AND_SAID_THAT_CLAUSE_END.search(rest)
    if joined is None or _names_someone(joined["clause"], resolver):
        return False
    return _ru_and_said_that_end(rest[:joined.start("clause")], resolver)


# Round 39 (Azerbaijani and Turkish quotes): the speaker after a quote with a verb in the present, not the present
# perfect AZ_AFTER wants: '“…”, – ekspert hesab edir.' (thinks), "– deyə iqtisadçı düşünür", "– sahibkar deyir". An
# expert's view is told so as often as his past words; the speaker phrase resolves as AZ_AFTER's does (a bare title is
# the one the lead sentence named, _AZ_TITLE_ANAPHOR), a plural ("Ekspertlər hesab edir") or a body is no one
# (round 64, quotesruaz64: or warns, "– Hüseynzadə xəbərdarlıq edir.", dev/1056)
_AZ_PRESENT_SPEECH_VERBS = r"hesab\s+edir|qeyd\s+edir|əlavə\s+edir|xəbərdarlıq\s+edir|düşünür|deyir|bildirir|vurğulayır"
AZ_AFTER_PRESENT = re.compile(rf"^\s*[,.]?\s*[-–—]?\s*(?:deyə\s+)?(?P<spk>[^\s.;:!?«»“”\"\-–—][^.;:!?«»“”\"]{{0,59}}?)"
                              rf"\s+(?:{_AZ_PRESENT_SPEECH_VERBS})\s*(?:[.;]|$)")
_AZ_PRESENT_GATE_WORDS = (" edir", "düşünür", "deyir", "bildirir", "vurğulayır")


def _az_present_said_after_gate(after: str) -> bool:
    """A cheap check: a present speech verb near the start of the text after a quote."""
    head = after[:90]
    return any(word in head for word in _AZ_PRESENT_GATE_WORDS)


def _az_present_said_after(after: str, resolver: Resolver) -> tuple[Person, str, int] | None:
    if not (m := AZ_AFTER_PRESENT.match(after)):
        return None
    person = resolver.resolve(_speaker_phrase(m["spk"]))
    return (person, "said-after", m.end()) if person else None


# Round 39 (Turkish quotes): words someone else reports, '… ve X'in "…" dediğini aktardı' (told that X said …): the
# speaker is the first person in the genitive after the subject's comma (the reported clause's own subject, which opens
# it: "X'in Y'nin selamlarını memnuniyetle karşıladığını ve "…" dediğini" is X's), not the sentence's subject, who only
# relays them ("Görüşmenin ardından açıklama yapan Bakan, Tokayev'in … "…" dediğini aktardı"). Not "hatırlattı"
# (recalled): words recalled from before stay no one's (round 17)
_TR_RELAYED_VERB = re.compile(r"^\s*,?\s*(?:diye\s+)?(?:dediğini|söylediğini|belirttiğini|ifade\s+ettiğini|"
                              r"vurguladığını|kaydettiğini)\s+(?:\w+\s+){0,2}?(?:aktardı|belirtti|söyledi|"
                              r"kaydetti|anlattı|bildirdi|ifade\s+etti)\b")
_TR_GENITIVE_RUN = re.compile(r"((?:[A-ZÇĞİÖŞÜ][\w\-]+\s+){0,2}[A-ZÇĞİÖŞÜ][\w\-]+)['’]n?[ıiuü]n\b")


# Round 49 (quotes, local): a release's passive report of someone's words, the genitive right before the quote and a
# nominalised speech verb right after it ('Görüşmede Başbakan Aripov'un "…" dediği, … ifade ettiği bildirildi', "X'in
# "…" söylediği aktarıldı"): the genitive's person said them
_TR_REPORTED_NOMINAL = re.compile(r"^\s*(?:dediği|söylediği|belirttiği|vurguladığı|ifade\s+ettiği)\b"
                                  r"[^.!?\"“”«»]{0,200}?"
                                  r"\b(?:bildirildi|aktarıldı|belirtildi|kaydedildi|öğrenildi)\b")
_TR_GENITIVE_BEFORE_QUOTE = re.compile(r"((?:[A-ZÇĞİÖŞÜ][\w\-]+\s+){0,2}[A-ZÇĞİÖŞÜ][\w\-]+)['’]n?[ıiuü]n"
                                       r"\s*[\"“„«]?\s*$")


def _tr_reported_nominal(before: str, after: str, resolver: Resolver) -> tuple[Person, str, int] | None:
    if not (m := _TR_REPORTED_NOMINAL.match(after)) or not (owner := _TR_GENITIVE_BEFORE_QUOTE.search(before[-80:])):
        return None
    words = owner[1].split()
    for k in range(len(words)):  # "Görüşmede Bakan Bolat": the run from its first word that names someone
        if person := resolver.resolve(" ".join(words[k:])):
            return person, "verb-final", m.end()
    return None


def _tr_relayed_gate(after: str) -> bool:
    """A cheap check: a reported 'dediğini' / 'söylediğini' … just after the quote."""
    head = after[:40]
    return "diğini" in head or "dığını" in head or "tiğini" in head


def _tr_relayed_speaker(before: str, after: str, resolver: Resolver) -> tuple[Person, str, int] | None:
    if not (m := _TR_RELAYED_VERB.match(after)):
        return None
    sentence = _SENTENCE_BREAK.split(before)[-1]
    for run in _TR_GENITIVE_RUN.findall(sentence.partition(", ")[2] or sentence):
        if (person := resolver.resolve(run, speaking=False)) and person.rule != "unlisted name":
            return resolver.resolve(run), "said-after", m.end()
    return None


# Round 39 (English quotes C): (1) a sentence of running text that closes on an appositive of a figure or goal someone
# took up ("…, they agreed to bring trade to $2 billion, a figure that X repeated several times on Monday."): the
# person who repeated it is the one talking about it, whom a "“…,” he said" in the next paragraph means, not whoever
# was quoted before. Only the last sentence of a paragraph without quotes, the appositive after a comma or a dash and
# its words after the verb naming no one; a new full name the table does not know is no one here (a company).
_EN_FIGURE_TAKEN_UP_NOUNS = ("figure|number|target|goal|aim|sum|amount|benchmark|ambition|deadline|date|"
                             "estimate|milestone|level|threshold|plan|pledge|promise|message|point|idea")
_EN_FIGURE_TAKEN_UP_VERBS = ("repeated|cited|named|mentioned|quoted|reiterated|confirmed|stressed|echoed|"
                             "recalled|highlighted|underlined|emphasi[sz]ed|invoked|welcomed|endorsed|defended|"
                             "repeats|cites|mentions|quotes|reiterates|echoes|recalls|stresses")
_EN_FIGURE_TAKEN_UP = re.compile(
    rf"(?:,|\s[—–])\s+(?:a|the|one)\s+(?:[a-z\-]+\s+)?(?:{_EN_FIGURE_TAKEN_UP_NOUNS})\s+(?:that\s+|which\s+)?"
    rf"(?P<spk>[{_EN_CAPITALS}][\w'’\-]+(?:\s+[{_EN_CAPITALS}][\w'’\-]+){{0,2}})\s+(?:also\s+|again\s+|himself\s+|"
    rf"herself\s+|often\s+|repeatedly\s+)?(?:{_EN_FIGURE_TAKEN_UP_VERBS})\b(?P<rest>[^.;:!?“”\"«»„,—–]{{0,100}})"
    r"\.\s*$")
_EN_FIGURE_TAKEN_UP_GATE = (" figure ", " number ", " target ", " goal ", " aim ", " sum ", " amount ",
                            " benchmark ", " ambition ", " deadline ", " date ", " estimate ", " milestone ",
                            " level ", " threshold ", " plan ", " pledge ", " promise ", " message ", " point ",
                            " idea ")


def _en_figure_taken_up_subject(body: str, resolver: Resolver) -> bool:
    """Make X of a paragraph-closing "…, a figure that X repeated …." the last speaker; whether one did."""
    tail = body.rstrip()[-260:]
    if not tail.endswith(".") or not any(word in tail for word in _EN_FIGURE_TAKEN_UP_GATE):
        return False
    if (m := _EN_FIGURE_TAKEN_UP.search(tail)) is None or _names_someone(m["rest"], resolver) \
            or (person := resolver.resolve(m["spk"], speaking=False)) is None:
        return False
    if person.rule == "unlisted name" and " " in m["spk"]:
        return False
    resolver.resolve(m["spk"])
    return True


# Round 39 (English quotes C): (2) an aside holding a name others gave the object, quoted, before the subject's own
# partial quote ("Aliyev described the corridor, which critics called “a road to nowhere”, as “…”", "X called the plan,
# dubbed “…” by some economists, “…”"): the aside's quote stopped the older rules reading the sentence (its words are
# the critics', no one's), so the subject's quote went unattributed. The aside is dropped when its words are all lower
# case (an aside naming a person holds that one's words, and round 24 decided such a sentence gives none) and the
# sentence is read again by the older rules (its subject must still be a person: "The ministry described …" gives no
# one).
_EN_NAMING_WORDS = (r"(?:called|call|calls|dubbed|dub|dubs|labell?ed|branded|brand|brands|termed|nicknamed|"
                    r"described\s+as|describe\s+as|describes\s+as|refer\s+to\s+as|referred\s+to\s+as)")
_EN_OTHERS_NAMING_ASIDE = re.compile(
    rf",\s+(?:(?:which|that)\s+(?:[a-z][\w'’\-]*\s+){{1,6}}?(?:have\s+|has\s+|had\s+)?{_EN_NAMING_WORDS}\s+"
    r"(?:it\s+)?[“\"«„][^“”\"«»„]{2,120}[”\"»“]"
    rf"|(?:dubbed|called|labell?ed|branded|nicknamed|described\s+as)\s+[“\"«„][^“”\"«»„]{{2,120}}[”\"»“]\s+by\s+"
    r"(?:[a-z][\w'’\-]*\s+){0,3}[a-z][\w'’\-]*),\s+")


def _en_partial_others_naming_aside(own_before: str, after: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of an English partial quote ending a sentence whose object has an aside quoting others' name
    for it."""
    sentence = _QUOTE_SENTENCE_BREAK.split(own_before)[-1].lstrip()
    if not sentence or not ("A" <= sentence[:1] <= "Z") or not _QUOTE_MARK.search(sentence):
        return None
    if (aside := _EN_OTHERS_NAMING_ASIDE.search(sentence)) is None:
        return None
    rewritten = sentence[:aside.start()] + " " + sentence[aside.end():]
    own = own_before[:len(own_before) - len(sentence)] + rewritten
    return _subject_partial(own, resolver, earlier) \
        or _en_partial_after_asides_and_opinions(own, after, earlier, resolver)


# Round 39 (English quotes C): (3) a body written all in lower case after the name ("X Y of the chamber of commerce said
# …", "X Y of the state statistics committee presented the figures", local and business papers): SUBJECT reads "of the"
# only before capitals, so the name made no subject and a later "“…,” he said" went to whoever spoke before. The body's
# kind closes it (with an "of" and up to three lower-case words after it: "of commerce", "of foreign affairs"), then a
# lower-case verb (SUBJECT reads no "and" as one: "X Y of the committee and her deputy presented …" is no one's).
_EN_OWN_ALL_LOWER_BODY_AFTER_NAME = re.compile(
    r"\s+(?:of|at|from)\s+the\s+(?:[a-z][\w\-]*\s+){0,3}?(?:chamber|committee|ministry|agency|association|union|bank|"
    r"council|commission|fund|company|centre|center|institute|office|service|authority|department|federation|bureau|"
    r"university|exchange|inspectorate)(?:\s+of\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)?(?=\s+[a-z])")


# Round 39 (Turkish and Azerbaijani B): a headline or subheading quote that sums up, in the stems of its own words, a
# quote the body gives someone ('Kırgız Bakan Bursa'da: "Hedef 3 milyar dolar"' over the body's '"Hedefimiz 3 milyar
# dolar. …" diyen Bakan', a subheading '"Hedef 1 milyar dolar"' over '"… 1 milyar dolara çıkarma hedefimiz var" dedi'):
# the editor quotes that speaker, and the gold set counts it as his quote. Every word of the short head must open a word
# of the one later quote (Turkish and Azerbaijani add suffixes: "hedef" -> "hedefimiz", "dolar" -> "dolara"); a head the
# body repeats word for word is the body's one quote (_drop_headline_repeats), and a label naming someone decides.
# Not: a head whose every word the body quote holds as it is ('"Ticaret hacmimiz 3,6 milyar dolara ulaştı"' over
# '"… ticaret hacmimiz geçen yıl 3,6 milyar dolara ulaştı …"': the body's words again, one quote); a head in capitals
# (an editor's summary, as _all_capitals says); a headline whose label is a sentence or names no title ('Fidan,
# mevkidaşını Ankara'da ağırladı: "…"', 'İş Forumu'nda 11 anlaşma: "…"': the headline's own summary of the story).
_TURKISH_AZERBAIJANI_LETTERS = re.compile(r"[ğşıəİ]")
_SUMMARY_HEAD_MAX_WORDS = 8  # a headline's short summary, not a sentence of its own
_HEAD_LABEL_MAX_WORDS = 4  # 'Kırgız Bakan Bursa'da:', a title and a place, no sentence
_HEAD_LABEL_TITLES = frozenset({"bakan", "bakani", "nazir", "naziri", "cumhurbaskani", "prezident", "prezidenti",
                                "basbakan", "buyukelci", "sefir", "baskan", "baskani", "sedr", "sedri"})


def _turkic_summary_head_speakers(text: str, found: list[Found], paras) -> list[Found]:
    if not paras or not any(f.speaker is None for f in found) or not _TURKISH_AZERBAIJANI_LETTERS.search(text):
        return found  # a cheap gate: a quote without a speaker in a Turkish or Azerbaijani article
    for i, head in enumerate(found):
        if head.speaker is not None or not MIN_WORDS <= _words(head.text) <= _SUMMARY_HEAD_MAX_WORDS \
                or head.text.isupper() or not _stand_alone_head(text, head, paras):
            continue
        folded = fold(head.text).rstrip(".!?… ")
        later = found[i + 1:]
        words = _WORD.findall(folded)
        if any(set(words) <= set(_WORD.findall(fold(f.text))) for f in later):
            continue  # the body says it again: one quote, the body's
        summed = next((f for f in later if f.speaker is not None and _stems_held(words, f.text)), None)
        if summed is not None:
            head.speaker, head.rule = summed.speaker, "headline"
    return found


def _stand_alone_head(text: str, head: Found, paras) -> bool:
    """Is the quote a paragraph of its own (a subheading), or the headline after a label 'X Bakan Bursa'da:'?"""
    start, end = _paragraph_of(paras, head.outer[0])
    if text[head.outer[1]:end].strip(" .!?…"):
        return False
    before = text[start:head.outer[0]].strip()
    return not before or (start == paras[0][0] and before.endswith(":") and _titled_head_label(before[:-1]))


def _titled_head_label(label: str) -> bool:
    """A headline's short label with a title in it ('Kırgız Bakan Bursa'da', 'Özbək nazir Bakıda')."""
    words = fold(label).split()
    return len(words) <= _HEAD_LABEL_MAX_WORDS and any(w in _HEAD_LABEL_TITLES for w in words)


def _stems_held(words: list[str], quote: str) -> bool:
    """Does every word open a word of the quote (a number only as itself)?"""
    body = _WORD.findall(fold(quote))
    return all(any(b == w or (len(w) >= 4 and not w.isdigit() and b.startswith(w)) for b in body) for w in words)


# Round 40 (English quotes B): "“…,” she said" right after a quote of a man (or "he" after a woman) is not the last
# speaker but the person of that sex named last before the quote ("…, says Zhanar Beisembinova, chief analyst at …, the
# turnover would …. “…,” she said" after a minister's quote; "“Non-tariff barriers,” Shakkaliyev replied" after an
# analyst's "she said"). The sex is read only from surnames that carry it (Slavic and Central Asian "-ova"/"-eva" and
# "-ov"/"-ev", Kyrgyz "uulu"/"kyzy", Azerbaijani "oğlu"/"qızı"); any other name leaves the last speaker as it was.
_EN_PRONOUN_AFTER = re.compile(r"[,.!?]?\s*(?:(?P<a>he|she)\s+(?:said|added|says|adds|replied|noted|stressed|"
                               r"told|explained|argued|insisted)|(?:said|added|says|adds|replied)\s+(?P<b>he|she))\b")
_EN_FEMININE_SURNAME = re.compile(r"(?:ova|eva|kyzy|qizi|qızı|kızı)$")
_EN_MASCULINE_SURNAME = re.compile(r"(?:ov|ev|uulu|uly|ogly|oglu|oğlu)$")
_EN_GENDERED_NAME = re.compile(r"\b(?:[A-Z][a-z'’\-]+\s+)?(?:[A-Z][a-z'’\-]+\s+)?[A-Z][\w'’\-]*(?:ova|eva|kyzy|ov|ev)\b"
                               r"|\b[A-Z][a-z'’\-]+\s+(?:[A-Z][a-z'’\-]+\s+)?(?:uulu|kyzy|[Oo]ğlu|[Qq]ızı)\b")


def _en_sex_of_name(name: str) -> str | None:
    """"she" or "he" when the name's last word tells the sex, else None."""
    last = name.split()[-1].lower() if name.split() else ""
    if _EN_FEMININE_SURNAME.search(last):
        return "she"
    return "he" if _EN_MASCULINE_SURNAME.search(last) else None


def _en_pronoun_of_other_sex(after: str, before: str, resolver: Resolver) -> str | None:
    """The pronoun of a "“…,” he/she said" attribution when the last speaker's surname tells the other sex (a Kyrgyz
    "uulu" or "kyzy" that `before`, the article up to the quote, writes after the name counts)."""
    if resolver.last_speaker is None or (m := _EN_PRONOUN_AFTER.match(after)) is None:
        return None
    pronoun = m["a"] or m["b"]
    name = resolver.last_speaker.name
    sex = _en_sex_of_name(with_turkic_patronymic(before, name) if has_turkic_patronymic(before) else name)
    return pronoun if sex is not None and sex != pronoun else None


def _en_pronoun_sex_antecedent(before: str, pronoun: str, resolver: Resolver) -> None:
    """The person of the pronoun's sex named last in `before` (the article up to the quote) becomes the last speaker."""
    for m in reversed(list(_EN_GENDERED_NAME.finditer(before))):
        if _en_sex_of_name(m[0]) != pronoun:
            continue
        if (person := resolver.resolve(m[0], speaking=False)) is not None and _en_sex_of_name(person.name) == pronoun:
            resolver.last_speaker = person
        return


# Round 40 (Turkish quotes): '"…" diyen Topaloğlu, …' — the participle's speaker a surname alone that no rule resolves
# is the one the article named in full with it before ("Firmanın sahibi Recai Topaloğlu, …"): a title the resolver
# does not know ("firmanın sahibi", "Almatı Akimi") leaves the full name unremembered, as the English attributions
# read it since round 13 (_surname_named_before).
# Round 74 (misc74): a demonym and a deputy's lower-case title after "diyen" ('"…," diyen Türkmen bakan yardımcısı,
# …', dev/1176) for the one the text before titled so in full, capitals and a body between ("Türkmenistan Ticaret ve Dış
# Ekonomik İlişkiler Bakan Yardımcısı Batır Orazov"); two so titled are no one (_az_one_named_after)
_TR_DEPUTY_TITLE_BEFORE_NAME = re.compile(r"(?<![\w\-])[Bb]akan\s+[Yy]ardımcısı(?=\s+[A-ZÇĞİÖŞÜ])")


def _tr_demonym_deputy_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    """The one person the text before titled in full as a deputy minister, for '<demonym> bakan yardımcısı'."""
    return _az_one_named_after([m.end() for m in _TR_DEPUTY_TITLE_BEFORE_NAME.finditer(earlier)], earlier, resolver)


def _tr_saying_surname_named_before(phrase: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person named in full before with the surname `phrase` is, when it is one capitalised word."""
    word = phrase.strip()
    return named_in_full(earlier, word, resolver) if _SURNAME_ALONE.fullmatch(word) else None


# Round 40 (Turkish quotes): a partial quote described as something, 'Kaya, Türkmenistan'ı "…" bir ortak olarak
# nitelendirdi.' (he described it as …): the sentence's subject said it, as _tr_clause_partial reads a nominalised
# verb; up to two lower-case words between the closing mark and "olarak". ("verb" is the group _tr_clause_partial
# tests against verbs of saying: "nitelendir" is none.)
TR_DESCRIBED_AS_AFTER = re.compile(
    r"^\s*(?P<words>(?:[a-zçğıöşü]+\s+){0,2}?)olarak\s+(?P<verb>nitelendirdi|niteledi|tanımladı|değerlendirdi|"
    # round 56 (quotes, other): the past told before another, an analysis's look back ('Szijjártó … Türkiye'yi "…"
    # olarak nitelendirmişti', had described), and the release's formal past ("nitelendirmiştir")
    r"(?:nitelendir|nitele|değerlendir)mişti(?:r)?|tanımlamıştı(?:r)?|"
    r"gördüklerini\s+(?:söyledi|belirtti|ifade\s+etti)|gördüğünü\s+(?:söyledi|belirtti|ifade\s+etti))(?![\w])")


def _surname_of_one_named_before(phrase: str, person: Person) -> bool:
    """Round 40 (Turkish quotes): is `phrase` one surname, before a comma, of an unlisted person the article named in
    full before ('Kaya, …' after "Firma sahibi Ali Kaya")? Such a person is known, as a titled one is; a run of capitalised
    words the resolver took for a new name ("Toplantıya Bolat") is not."""
    words = person.name.split()
    return " " not in phrase.strip() and len(words) > 1 and words[-1] == phrase.strip()


# Round 40 (Turkish quotes): a bare local title opening the quote's sentence, 'Vali, "…" dedi.' / 'Akim, "…" diye
# konuştu.' / 'Büyükelçi, …': the person the article named last with that title ("Soğd Valisi X Y", "Vali Y" — a
# governor's, mayor's or ambassador's title the resolver holds no office for, as it holds "Bakan" for a minister).
# (round 41, Turkish quotes: "Başbakan", a prime minister the table does not list, 'Başbakan, "…" … dile getirdi.' after
# "Başbakan Ünal Üstel …"; the title's possessive "Başbakanı" as "Valisi")
# (round 45: "Hakim", the Uzbek and Turkmen city's or province's governor, "Hive Şehri Hakimi X Y" / 'Hakim, "…"')
_TR_BARE_LOCAL_TITLE = re.compile(r"^(?P<title>Vali|Akim|Büyükelçi|Başbakan|Hakim),\s+$")
_TR_TITLED_NAMED = {title: re.compile(rf"\b{title}(?:s?[ıi])?\s+"
                                      rf"(?P<name>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{0,2}})")
                    for title in ("Vali", "Akim", "Büyükelçi", "Başbakan", "Hakim")}
# Round 55 (quotestr55): "Başkan", a chairman the table does not list, in a partial quote ('Başkan, hedefin "…" olduğunu
# söyledi.' after "İş Konseyi Başkanı Mehmet Ali Kayacan"): the one named last after "Başkanı"/"Başkan", not a deputy's
# ("Başkan Yardımcısı X Y") or acting chair's title
_TR_TITLED_NAMED["Başkan"] = re.compile(rf"\bBaşkanı?\s+(?!Yardımcısı\b|Vekili\b)"
                                        rf"(?P<name>[{CAPITALS}][\w\-]+(?:\s+[{CAPITALS}][\w\-]+){{0,2}})")


# Round 49 (quotes, local): a Turkish sentence opening with a bare title of more words and a comma, no name after it
# ('Cumhurbaşkanı Yardımcısı, törende yaptığı konuşmada yatırıma vurgu yaptı: "…," dedi.'): the person the article
# named last right after that title ("Cumhurbaşkanı Yardımcısı Cevdet Yılmaz'ın …")
_TR_BARE_TITLE_OPENING = re.compile(rf"(?P<title>(?:[{CAPITALS}][\w]+\s+){{1,2}}(?:Yardımcısı|Bakanı|Başkanı|Valisi|"
                                    r"Büyükelçisi|Sözcüsü)),\s")


def _tr_bare_title_subject(before: str, earlier: str, resolver: Resolver) -> Person | None:
    sentence = _SENTENCE_BREAK.split(before)[-1].lstrip()
    if not (m := _TR_BARE_TITLE_OPENING.match(sentence) or _TR_LOWER_TITLE_OPENING.match(sentence)) \
            or _QUOTE_MARK.search(sentence, 0, len(sentence) - 2):
        return None
    named = re.findall(rf"\b{re.escape(m['title'])}\s+([{CAPITALS}][\w\-]+\s+[{CAPITALS}][\w\-]+"
                       rf"(?:\s+[{CAPITALS}][\w\-]+(?=['’]))?)", earlier)  # (a third word before a case ending)
    if not named:  # round 53 (quotestr): "LTB Başkanı" after "… Belediyesi (LTB) Başkanı X Y", "belediye başkanı"
        return _tr_titled_named_last(m["title"], earlier, resolver)
    return resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", named[-1])) if named else None


# Round 53 (quotestr): a bare title written otherwise than where the article named its holder: its body's abbreviation
# ('LTB Başkanı, "…" değerlendirmesinde bulundu.' after "Lefkoşa Türk Belediyesi (LTB) Başkanı Mehmet Harmancı"), or
# in lower case after its capitalised first word ('Büyükşehir belediye başkanı şöyle konuştu: "…"' after "Mersin
# Büyükşehir Belediye Başkanı Vahap Seçer'in …"): each word of the title matched in either case, in brackets or not,
# and the name after it the one the title means (the one named last so)
_TR_OFFICE_WORDS = r"(?:[Yy]ardımcısı|[Bb]akanı|[Bb]aşkanı|[Vv]alisi|[Bb]üyükelçisi|[Ss]özcüsü|[Kk]aymakamı|[Rr]ektörü)"
_TR_OFFICE_GATE = ("aşkanı ", "akanı ", "alisi ", "ımcısı ", "elçisi ", "özcüsü ", "amı ", "ktörü ")  # (a cheap check)
_TR_LOWER_TITLE_OPENING = re.compile(rf"(?P<title>[{CAPITALS}][\w]+(?:\s+[a-zçğıöşü]+){{1,2}}?\s+(?=[a-zçğıöşü])"
                                     rf"{_TR_OFFICE_WORDS}),\s")
_TR_LOWER_TITLE_COLON = re.compile(rf"(?P<title>[{CAPITALS}][\w]+(?:\s+[a-zçğıöşü]+){{0,2}}?\s+{_TR_OFFICE_WORDS})"
                                   r"(?:\s+(?:ise|de|da))?,?\s+(?P<rest>[^“”\"«»]*)$")


def _tr_titled_named_last(title: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person `earlier` named last right after `title` (each word in either case, an abbreviation in brackets or
    not), resolved, else None."""
    # (a word before the last in the possessive or not: "Belediye başkanı" is "… Belediyesi Başkanı X Y" too)
    *body, office = title.split()
    words = [rf"\(?[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}(?:s?[ıiuü])?\)?" for word in body]
    words.append(rf"[{office[0].upper()}{office[0].lower()}]{re.escape(office[1:])}")
    named = re.findall(r"(?<![\w\-])" + r"\s+".join(words) + rf"\s+([{CAPITALS}][\w\-]+\s+[{CAPITALS}][\w\-]+)",
                       earlier)
    return resolver.resolve(_TR_APOSTROPHE_ENDING.sub("", named[-1])) if named else None


# Round 53 (quotestr): an analysis's expert named again by a descriptive phrase, an adjective and his occupation,
# opening the quote's sentence that names nobody ('Genç akademisyen şöyle ekliyor: "…"', "Kırgız ekonomist ise şöyle
# konuştu:", 'Deneyimli analist, "…" diyor.'): the last speaker when the article named him with an occupation or an
# academic title, else the one person it introduced with that occupation (as _tr_expert_named_before reads a bare one)
_TR_DESCRIBED_EXPERT = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+\s+(?P<occ>akademisyen|ekonomist|iktisatçı|analist|uzman|"
                                  r"araştırmacı)(?:\s+(?:ise|de|da))?(?:,\s*|\s+)(?P<rest>[^“”\"«»]*)$")


def _tr_described_expert_gate(sentence: str) -> bool:
    """A cheap check before _tr_described_expert: does the sentence hold one of the occupation words?"""
    return "kademisyen " in sentence or "konomist " in sentence or "ktisatçı " in sentence or "nalist " in sentence \
        or "zman " in sentence or "raştırmacı " in sentence or "kademisyen," in sentence or "konomist," in sentence \
        or "nalist," in sentence or "zman," in sentence


def _tr_described_expert(sentence: str, earlier: str, resolver: Resolver) -> Person | None:
    """The expert a sentence opening '<Adjective> <occupation>' means (the sentence up to the quote or its colon),
    else None. `earlier`: the article up to the quote."""
    if not (m := _TR_DESCRIBED_EXPERT.match(sentence)) \
            or any(resolver.resolve(run, speaking=False) for run in _capital_runs(sentence)):
        return None
    last = resolver.last_speaker
    if last is not None and not last.role and last.name in resolver.occupations:
        return resolver.resolve(last.name)
    if (introduced := _TR_EXPERT_NAMED.get(m["occ"])) is None:  # ("araştırmacı": the last speaker only)
        return None
    named = {person.name for n in introduced.finditer(earlier)
             if (person := resolver.resolve(n["spk"], speaking=False)) is not None and not person.role}
    return resolver.resolve(next(iter(named))) if len(named) == 1 else None


def _tr_described_expert_colon(tail: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of a quote after '<Adjective> <occupation> … şöyle ekliyor:' (`tail` ends with the colon)."""
    if not (TR_COLON_VERB.search(tail) or TR_COLON_VERB_MORE.search(tail)):
        return None
    return _tr_described_expert(_SENTENCE_BREAK.split(tail.rstrip(" :\n"))[-1].lstrip(), earlier, resolver)


def _tr_described_expert_verb_final(own_before: str, after: str, earlier: str, resolver: Resolver):
    """(speaker, span end) of a quote in 'Genç akademisyen, "…" diyor.', else None."""
    if not (verb := _BARE_TITLE_VERB_AFTER.match(after)):
        return None
    person = _tr_described_expert(_SENTENCE_BREAK.split(own_before.strip())[-1] + " ", earlier, resolver)
    return (person, verb.end()) if person is not None else None


def _tr_bare_title_colon(tail: str, earlier: str, resolver: Resolver) -> Person | None:
    """Round 53 (quotestr): the speaker of a quote after a sentence that opens with a bare title and ends with a verb of
    speech and a colon, naming nobody ('Büyükşehir belediye başkanı şöyle konuştu:'): the one named last with that
    title (_tr_titled_named_last), else None. `tail` ends with the colon."""
    sentence = _SENTENCE_BREAK.split(tail.rstrip(" :\n"))[-1].lstrip()
    if not (m := _TR_LOWER_TITLE_COLON.match(sentence)) \
            or not (TR_COLON_VERB.search(tail) or TR_COLON_VERB_MORE.search(tail)) \
            or any(resolver.resolve(run, speaking=False) for run in _capital_runs(m["rest"])):
        return None
    return _tr_titled_named_last(m["title"], earlier, resolver)


def _tr_bare_local_title(before: str, earlier: str, resolver: Resolver) -> Person | None:
    """The person named last after the bare title that opens `before` ("Vali, "), resolved (a surname alone through
    the full name before it), else None; none when the quote's sentence says more than "Vali, " before the quote."""
    sentence = _SENTENCE_BREAK.split(before)[-1].lstrip()
    m = _TR_BARE_LOCAL_TITLE.match(sentence)
    return resolver.resolve(name) if m is not None and (name := _tr_named_last_with_title(m["title"], earlier)) else None


def _tr_named_last_with_title(title: str, earlier: str) -> str | None:
    """The name `earlier` gave last after `title` ("Almatı'nın Akimi Yerbolat Dosayev"), in full (a surname alone,
    "Vali Özkan", through the full name before it), else None."""
    named = list(_TR_TITLED_NAMED[title].finditer(earlier))
    if not named:
        return None
    name = _TR_APOSTROPHE_ENDING.sub("", named[-1]["name"])
    if (subject := _tr_previous_subject_titled(earlier, named)) is not None:
        name = subject  # round 47
    if " " not in name:
        return full[-1][0] if (full := full_names(earlier, name)) else None
    return name


# a case ending after an apostrophe ("Özkan'ı") is no part of the name
_TR_APOSTROPHE_ENDING = re.compile(r"['’]\w+$")


# Round 47 (Turkish quotes): two governors named with the title, the bare title opening the sentence right after one
# whose subject is one of them ('Nazarov, … rekor beklediklerini söyledi. Vali, "…" dedi'): the title goes on about
# that subject, not the one named last with it ("Vali Seytcanov da …" a paragraph before)
_TR_OPENING_SURNAME = re.compile(rf"\s*(?P<name>[{CAPITALS}][\w\-]+)(?:['’][a-zçğıöşü]+)?(?:,\s|\s+(?=[a-zçğıöşü]))")


def _tr_previous_subject_titled(earlier: str, named: list[re.Match]) -> str | None:
    """The name, as given with the title, of the subject opening the sentence before the quote's, when the article
    named that subject with the title, else None."""
    sentences = _SENTENCE_BREAK.split(earlier.rstrip())
    if len(sentences) < 2 or not (m := _TR_OPENING_SURNAME.match(sentences[-2])):
        return None
    given = [_TR_APOSTROPHE_ENDING.sub("", each["name"]) for each in named]
    return next((name for name in reversed(given) if name.split()[-1] == m["name"]), None)


# Round 40 (Russian quotes): a pronoun after the verb, then to whom it was said without quote marks ("— сказал он Радио
# Озоди.", "— рассказала она Азаттыку."): the speaker is the pronoun's (AFTER_VERB_PRONOUN_RU), the capitalised words an
# outlet or a person in the dative, no speaker's name (the marks of «Апрелю» already kept the run from reading a name)
_RU_PRONOUN_THEN_ADDRESSEE = re.compile(r"^он[аи]?\s+[А-ЯЁA-Z]")


# Round 40 (Russian quotes): a gerund's clause between the verb and the speaker, in commas ("— сказал, открывая форум,
# X Y.", "— отметил, выступая на брифинге, министр X Y."): AFTER_VERB_SPEAKER_RU stops at the verb's comma; the
# gerund (-я/-в/-вшись) is what makes the clause no speaker's, the full name after it the speaker
_RU_GERUND_CLAUSE = r"[а-яё]+(?:я|в|вшись|ясь)\s[^,.;:!?«»“”\"]{1,60},"
AFTER_VERB_GERUND_SPEAKER_RU = re.compile(rf"^\s*[,.!?]?\s*[-–—]\s*(?:{RU_VERBS}),\s+{_RU_GERUND_CLAUSE}\s+"
                                          rf"(?P<spk>[^.;:!?“”\"«»,]{{3,90}}?)\s*(?:[.,;]|$)")
# (the same in a dash line's attribution part, read by _ru_dash_tail)
_RU_VERB_THEN_GERUND = re.compile(rf"^(?P<verb>{RU_VERBS}),\s+{_RU_GERUND_CLAUSE}\s+(?P<rest>[А-ЯЁа-яё].*)$", re.S)


# Round 40 (Russian quotes): a body's Latin name after a Russian title ("— сказал глава Nazarbayev University X Y.",
# "— сказал ректор Satbayev University."): a university, bank or fund named after a person is no person, so its words
# must not resolve as his surname (the office holder); blanked, the title and any full name after it are what is read
_RU_LATIN_BODY_WORDS = ("University", "Bank", "Foundation", "Fund", "School", "Institute", "Academy", "Centre", "Center")
_RU_LATIN_BODY = re.compile(r"(?<![\w\-])[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+"
                            r"(?:University|Bank|Foundation|Fund|School|Institute|Academy|Centre|Center)(?![\w\-])")


def _ru_without_latin_body(phrase: str) -> str:
    """A Russian speaker phrase with a body's Latin name blanked (_RU_LATIN_BODY); others as they are."""
    if not any(word in phrase for word in _RU_LATIN_BODY_WORDS) or not is_cyrillic(phrase):
        return phrase
    return " ".join(_RU_LATIN_BODY.sub(" ", phrase).split())


# Round 40 (English quotes A): (1) who took up a figure or a line just before a "“…,” he said".
# (a) Round 39's "…, a figure (that) X repeated …." closing a sentence read only a paragraph without quotes; the same
#     sentence just before the quote, in its own paragraph ("… by 2030, a figure X repeated on Wednesday. “…,” he
#     said."), makes X the one talking about it too (the older rules gave "he" to whoever was quoted before).
# (b) A paragraph closing on an appositive after its last quote that names who repeats the words ('… called Türkiye
#     “…”, a line X likes to repeat to visiting investors.'): X is the one talking, whom a quote opening the next
#     paragraph's "he" means. Only the paragraph's last words, after a closing mark and a comma, naming no one after
#     the verb; a new full name the table does not know is no one (a company).
_EN_LINE_REPEATED = re.compile(
    rf"[”\"»]\s*,\s+(?:a|the|one)\s+(?:[a-z\-]+\s+)?(?:line|phrase|remark|formula|description|expression|words|"
    rf"slogan|characteri[sz]ation|label)\s+(?:that\s+|which\s+)?"
    rf"(?P<spk>[{_EN_CAPITALS}][\w'’\-]+(?:\s+[{_EN_CAPITALS}][\w'’\-]+){{0,2}})\s+(?:also\s+|often\s+|still\s+|"
    rf"repeatedly\s+|himself\s+|herself\s+)?(?:(?:likes|loves|tends|is\s+fond\s+of)\s+(?:to\s+)?(?:repeat|quote|cite|"
    rf"repeating|quoting|citing)|has\s+(?:repeated|quoted|echoed|borrowed|adopted)|"
    rf"{_EN_FIGURE_TAKEN_UP_VERBS})\b(?P<rest>[^.;:!?“”\"«»„,—–]{{0,100}})\.\s*$")


def _en_line_repeated_subject(paragraph: str, resolver: Resolver) -> bool:
    """Make X of a paragraph-closing '“…”, a line X likes to repeat ….' the last speaker; whether one did."""
    tail = paragraph.rstrip()[-260:]
    if not tail.endswith(".") or ", a" not in tail and ", the" not in tail and ", one" not in tail:
        return False
    if (m := _EN_LINE_REPEATED.search(tail)) is None or _capitalised_word(m["rest"]) \
            or (person := resolver.resolve(m["spk"], speaking=False)) is None:
        return False
    if person.rule == "unlisted name" and " " in m["spk"]:
        return False
    resolver.resolve(m["spk"])
    return True


def _capitalised_word(words: str) -> bool:
    """Does a capitalised word (a name, a body) stand in `words`? "to her students" names no one; a pronoun there is the
    listener, not another speaker, so _names_someone (which reads "her" as the last person) is not asked."""
    return any(word[:1].isupper() for word in words.split())


def _en_taken_up_before_quote(before: str, text: str, paras, para_start: int, resolver: Resolver) -> None:
    """The two forms above for a quote: the sentence just before it in its paragraph (a), or, when the quote's
    sentence opens its paragraph's text, the previous paragraph's closing appositive (b)."""
    own = _after_last_full_quote(before)
    if own.rstrip().endswith(".") and _en_figure_taken_up_subject(own, resolver):
        return
    if not _QUOTE_MARK.search(before):
        previous = _previous_paragraph(text, paras, para_start)
        if previous and _QUOTE_MARK.search(previous):
            _en_line_repeated_subject(previous, resolver)


# Round 40 (English quotes A): (2) partial quotes ending a sentence of a subject's own naming in three more forms, each
# rewritten to one the older rules read (the sentence is then read again by them, with all their checks on the rest):
# (a) a participle between the naming verb's "as" and the quote ("described relations as entering “…”"), dropped
#     (round 30 read only "as having"/"as being");
# (b) "spoke of / has spoken of X “…”" (the subject's words for X), read as "described X as “…”";
# (c) a second predicate of naming after "and", the first one's object naming another ("X conveyed the greetings of
#     President Y and described the border as “…”"), read as the subject and the second predicate (round 39's (7) read
#     it only after a first quote); not when the first predicate reports speech (its "and" may be another's).
_EN_AS_PARTICIPLE = re.compile(r"\s(?:described|describes|characteri[sz]ed|characteri[sz]es|portrayed|depicted)\s"
                               r"[^“”\"«»„]{0,80}?\sas\s+(?P<participle>(?!having\b|being\b)[a-z]+ing\s+)$")
_EN_SPOKE_OF = re.compile(r"\s(?:(?:has|have|had)\s+(?:(?:repeatedly|often|also|long)\s+)?spoken|spoke|speaks|"
                          r"talked|talks)\s+of\s+(?P<object>(?:[a-z][\w\-]*\s+){1,4})$")
_EN_AND_NAMING = re.compile(r"\s+and\s+(?:also\s+)?(?P<clause>(?:described|called|termed|dubbed|labell?ed|"
                            r"characteri[sz]ed|hailed|branded)\s[^“”\"«»„]{0,100})$")


def _en_rewrite_naming_forms(sentence: str, resolver: Resolver) -> str | None:
    """The sentence in a form the older rules read, when it holds one of the forms above; else None."""
    rewritten = sentence
    if "ing " in rewritten and (participle := _EN_AS_PARTICIPLE.search(rewritten)):
        rewritten = rewritten[:participle.start("participle")]
    if " of " in rewritten and (spoke := _EN_SPOKE_OF.search(rewritten)):
        rewritten = rewritten[:spoke.start()] + " described " + spoke["object"] + "as "
    if " and " in rewritten and not _QUOTE_MARK.search(rewritten) \
            and (naming := _EN_AND_NAMING.search(rewritten)) \
            and (found := _subject(rewritten, resolver)) is not None and found[1].end("verb") <= naming.start() \
            and not _SPEECH_WORD.search(rewritten, found[1].start("verb"), naming.start()):
        rewritten = rewritten[:found[1].start("verb")] + naming["clause"]
    return rewritten if rewritten != sentence else None


def _en_partial_after_naming_forms(own_before: str, after: str, earlier: str, resolver: Resolver) -> Person | None:
    """The speaker of an English partial quote ending a sentence in one of the forms above, tried when no older rule
    found one."""
    return _en_partial_rewritten(own_before, after, earlier, resolver, _en_rewrite_naming_forms,
                                 _en_partial_after_asides_and_opinions)


# Round 41 (titles): a paragraph (a headline, most often) opening with a title of a body and no name, then a speech verb
# before the quote ('Head of Baku City Executive Power says cities can “give a new push” to trade'): the title is no
# name ("City Power" was read as one), the speaker is the person the text names with that title of that body ("The head
# of the Baku City Executive Power, Eldar Azizov, is on …", "Head of the … Power Eldar Azizov"); a body the text names
# nobody the head of leaves the quote as it was
_EN_TITLE_OF_BODY_SAYS = re.compile(rf"(?:The\s+)?(?P<title>Head|Chairman|Chairwoman|Chairperson|Chair|Director|"
                                    rf"Governor|Mayor|Speaker|Rector|Chief)\s+of\s+(?:the\s+)?"
                                    rf"(?P<body>[{CAPITALS}][\w'’\-]*(?:\s+[{CAPITALS}][\w'’\-]*){{0,5}})\s+"
                                    rf"(?:{VERBS})\b[^“”\"«»\n]*")


def _en_title_of_body_speakers(text: str, found: list[Found], resolver: Resolver) -> list[Found]:
    for quote in found:
        start = text.rfind("\n", 0, quote.outer[0]) + 1
        if text[start:start + 1] not in "HCDGMSRT" or " of " not in text[start:quote.outer[0]]:
            continue  # a cheap gate: few paragraphs open with a title
        if (m := _EN_TITLE_OF_BODY_SAYS.fullmatch(text, start, quote.outer[0])) \
                and (person := _titled_holder_of_body(text, m["title"], m["body"], resolver)):
            quote.speaker, quote.rule = person, "title-of-body"
    return found


# Round 50 (quotes): "“…,” the first deputy chairman said at the forum." with no speaker found: the lower-case title is
# the one the article gave a person in full before ("First Deputy Chairman of the Cabinet of Ministers X Y"), the words
# of a body between title and name allowed; the name is the last two capitalised words before a lower-case one or a mark
_EN_BARE_LOWER_TITLE_AFTER = re.compile(r"[,.!?]?\s+the\s+(?P<title>(?:[a-z][\w\-]*\s+){1,3}?[a-z][\w\-]*)\s+"
                                        r"(?:said|says|added|noted|stressed|told|remarked|explained)\b")


_EN_TITLE_SMALL_WORDS = frozenset({"of", "the", "for", "and"})


def _en_bare_title_after_speakers(text: str, found: list[Found], resolver: Resolver) -> list[Found]:
    for quote in found:
        if quote.speaker is not None or text[quote.outer[1]:quote.outer[1] + 6].lstrip(" ,.!?")[:4] != "the " \
                or not (m := _EN_BARE_LOWER_TITLE_AFTER.match(text, quote.outer[1])):
            continue
        title = r"\s+".join(re.escape(word) if word in _EN_TITLE_SMALL_WORDS else word[0].upper() + re.escape(word[1:])
                           for word in m["title"].split())  # "Chairman of the Board"
        named = re.compile(rf"\b{title}(?:\s+(?:of|for|the|and|[A-Z][\w\-]*)){{0,8}}?\s+"
                           rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-]|\s+[{CAPITALS}])")
        names = {n["name"] for n in named.finditer(text, 0, quote.outer[0])}
        if len(names) == 1 and (person := resolver.resolve(names.pop(), speaking=False)) is not None:
            quote.speaker, quote.rule = person, "said-after"
    return found


def _titled_holder_of_body(text: str, title: str, body: str, resolver: Resolver) -> Person | None:
    """The one person `text` names right after "<title> of [the] <body>" (a comma between or none), read by the resolver
    ("the head of the Baku City Executive Power, Eldar Azizov," -> Eldar Azizov); None when it names none, or two."""
    named = re.compile(rf"(?i:{title})\s+of\s+(?:the\s+)?{re.escape(body)},?\s+"
                       rf"(?P<name>[{CAPITALS}][\w'’\-]+\s+[{CAPITALS}][\w'’\-]+)(?![\w'’\-])")
    names = {m["name"] for m in named.finditer(text)}
    return resolver.resolve(names.pop(), speaking=False) if len(names) == 1 else None


# Round 41 (titles): words of a third person the speaker repeats, told so in the sentence before the quote ("he quoted
# the Kyrgyz leader's words at the last summit: the trade goal was “…”", "She recalled President Tokayev's words: “…”",
# "… quoted Aliyev as saying “…”"): the quote is that person's, no one's else (an unattributed quote so far)
_EN_QUOTED_WORDS_OF = re.compile(r"\b(?:quoted|recalled|cited|repeated)\s+(?:(?P<owner>[^,.;:!?“”\"«»]{2,60}?)['’]s\s+"
                                 r"(?:own\s+)?words|(?P<subject>[^,.;:!?“”\"«»]{2,60}?)\s+as\s+saying)\b[^“”\"«»]*$")


def _en_quoted_words_speakers(text: str, found: list[Found], resolver: Resolver) -> list[Found]:
    for quote in found:
        if quote.speaker is not None:
            continue
        before = text[text.rfind("\n", 0, quote.outer[0]) + 1:quote.outer[0]]
        if "quoted" not in before and "words" not in before and "as saying" not in before:
            continue  # a cheap gate: few sentences repeat someone's words
        sentence = _QUOTE_SENTENCE_BREAK.split(before)[-1]
        if (m := _EN_QUOTED_WORDS_OF.search(sentence)) and (person := resolver.resolve(m["owner"] or m["subject"],
                                                                                      speaking=False)):
            quote.speaker, quote.rule = person, "quoted-words"
    return found


# Round 44 (English quotes): a headline quote with no speaker of its own that says a body quote again in other words
# ('Türkiye and Kazakhstan: "The $10 billion is a slogan, not a plan"' over '"Ten billion is still more of a slogan than
# a plan," X said'): the editor's paraphrase is its own record, of that quote's speaker. Its content words (four letters
# or more) must be mostly that quote's (at least three and three in five), and no other speaker's quote as close.
_HEAD_PARAPHRASE_WORDS = 3
_FUNCTION_WORDS = frozenset({"that", "this", "with", "from", "have", "will", "been", "were", "they", "their", "there",
                             "than", "more", "into", "what", "when", "which", "about", "your", "ours", "only"})


def _content_words(quote: str) -> set[str]:
    return {word[:6] for word in _WORD.findall(quote.casefold()) if len(word) >= 4 and word.isalpha()
            and word not in _FUNCTION_WORDS}


# Round 62 (live62): a live blog's entries open with a time stamp ("09:55 – Costa takes the floor. “…,” he said."):
# a pronoun in an entry means the entry's own subject, the first person it names, not whoever spoke an entry before
# Round 64 (quotesruaz64): or bare, the entry's first word right after it ("11:15 Саммит открыл …", "14:10 «…»",
# dev/1054: the stamp stood on a line of its own; `_live_entry_paragraphs` starts such an entry's paragraph after it)
# Round 68 (turkpa68b): or a day and a time on a line of their own ("14 aprel, 19:40", dev/1100; round 71: the one
# form of such a stamp, when.DAY_AND_TIME, which visits reads too; here per line and case-sensitive. It also takes a
# rubric's head line "Экономика, 15 июл, 13:42" (dev/171) as one stamp: harmless, a live blog needs three)
_LIVE_STAMP = re.compile(rf"^(?:{DAY_AND_TIME}$|\d{{1,2}}[:.]\d{{2}}(?: ?[ap]\.?m\.?)?"
                         rf"(?: ?[–—-] |(?P<bare> )(?=[{CAPITALS}«“\"])))", re.M)
# a person outside the office holders table named with a title ("European Council President António Costa")
_LIVE_TITLED = re.compile(rf"\b(?P<title>President|Chancellor|Secretary-General|Commissioner|Minister|Premier)\s+"
                          rf"(?P<name>[{CAPITALS}][\w'’\-]+"
                          rf"(?:\s+(?:(?:{NAME_PARTICLES})\s+){{0,2}}[{CAPITALS}][\w'’\-]+){{1,3}})")
_LIVE_SAYING = r"(?:said|says|told|added|noted|stressed|insisted|warned|called|described|replied|went on)\b"
_LIVE_SAID_BY = re.compile(rf"\s+{_LIVE_SAYING}")
# a quote's pronoun attribution: after it ("“…,” she told the leaders") or opening its sentence ("He said: “…”")
_LIVE_PRONOUN_AFTER = re.compile(rf"[\s,.]*(?:he|she) {_LIVE_SAYING}")
_LIVE_PRONOUN_BEFORE = re.compile(rf"(?:^|[.!?]\s+|– )(?:He|She) {_LIVE_SAYING}[^.!?“”\"]*$")
# the words between a quote and the next one of the same speaker ("“…,” he said. “…”")
_LIVE_GOES_ON = re.compile(r"[\s,.]*(?:(?:he|she) [a-z]+(?: [a-z]+){0,4}\.)?\s*")


def _live_surname(name: str) -> str:
    """The words a live blog names `name` by after its first mention: from the first particle on ("von der Leyen"),
    else the last word."""
    words = name.split()
    for k, word in enumerate(words[1:], 1):
        if word in _LIVE_PARTICLES:
            return " ".join(words[k:])
    return words[-1]


_LIVE_PARTICLES = frozenset(NAME_PARTICLES.split("|"))


def _live_entry_speakers(text: str, found: list[Found], resolver: Resolver) -> list[Found]:
    """Round 62 (live62): in a live blog of at least three time-stamped entries, a quote given to its speaker by a
    pronoun ("he said", "she told the leaders") is the entry's own subject's: the first person the entry names before
    the quote (by the surname of a full name the article gave: an office holder's, or a titled person's the table
    lacks). A quote left to no one whose sentence opens with such a surname and a verb of saying ("Von der Leyen
    said the declaration was “…”") is that person's."""
    stamps = [m.start() for m in _LIVE_STAMP.finditer(text)]
    if len(stamps) < 3:
        return found
    people: dict[str, Person] = {}
    for person in resolver.named:
        people.setdefault(_live_surname(person.name), person)
    for m in _LIVE_TITLED.finditer(text):
        if (known := resolver.resolve(m["name"], speaking=False)) is None or known.rule == "unlisted name":
            people.setdefault(_live_surname(m["name"]), Person(m["name"], m["title"], "", 0.6, "unlisted name"))
    for written, person in _live_cyrillic_surnames(text, stamps[0], resolver):
        people.setdefault(written, person)
    if not people:
        return found
    named = re.compile("|".join(rf"(?<![\w-])[{re.escape(surname[0].upper() + surname[0].lower())}]"
                                rf"{re.escape(surname[1:])}(?![\w-])"
                                for surname in sorted(people, key=len, reverse=True)))
    out: list[Found] = []
    for quote in found:
        k = bisect_right(stamps, quote.outer[0]) - 1
        if k < 0 or (quote.speaker is not None and quote.speaker.rule != "anaphor"):
            out.append(quote)
            continue
        entry = text[stamps[k]:quote.outer[0]]
        if quote.speaker is None and out and out[-1].speaker is not None and out[-1].outer[0] >= stamps[k] \
                and _LIVE_GOES_ON.fullmatch(text, out[-1].outer[1], quote.outer[0]):
            out.append(Found(quote.pieces, quote.outer, quote.text, out[-1].speaker, "next-sentence"))
            continue
        if quote.speaker is None and out and out[-1].speaker is not None and out[-1].outer[0] >= stamps[k] \
                and "\n" not in (gap := text[out[-1].outer[1]:quote.outer[0]]) \
                and _adds_to_the_quote_before(gap, quote.text, resolver):
            # round 67 (summit67): a partial quote the entry's sentence adds after "and said …" ('He called the
            # corridor "…" and said Azerbaijan had invested "…"', dev/1090), the first given to the entry's subject
            # only here, so the main pass's adding-that could not follow it
            out.append(Found(quote.pieces, quote.outer, quote.text, out[-1].speaker, "adding-that"))
            continue
        first = named.search(entry, _live_quote_paragraph_start(entry)) or named.search(entry)
        if first is None:
            out.append(quote)
            continue
        subject = people[_live_key(first.group(), people)]
        if quote.speaker is not None and quote.speaker.name == subject.name:
            out.append(quote)
            continue
        if quote.speaker is None and not (_LIVE_PRONOUN_AFTER.match(text, quote.outer[1])
                                          or _LIVE_PRONOUN_BEFORE.search(entry)):
            sentence_start = max(entry.rfind(". ") + 2, entry.rfind("– ") + 2, entry.rfind("\n") + 1)
            opening = named.match(entry, sentence_start)
            if opening is None or not (_LIVE_SAID_BY.match(entry, opening.end())
                                       or _LIVE_NAME_COLON.fullmatch(entry, opening.end())):
                out.append(quote)
                continue
            subject = people[_live_key(opening.group(), people)]
        out.append(Found(quote.pieces, quote.outer, quote.text, subject, quote.rule if quote.speaker else "said-that"))
    return out


def _live_quote_paragraph_start(entry: str) -> int:
    """Round 76 (live76): where the paragraph holding the quote begins in its entry (the entry's text up to the
    quote). An entry of several paragraphs may turn to another speaker in a later one ("16:50 — … “…,” Aliyev said."
    then "Mirziyoyev, speaking after him, said … “…,” he said.", dev/1194): the first person the quote's own paragraph
    names is the pronoun's subject, the entry's first only when that paragraph names no one."""
    return entry.rfind("\n") + 1


# Round 69 (khujand69): a Russian live ticker names its office holders by the surname as written ("11:05 Слово взял
# Расулзода. … „…“, — заявил премьер-министр", dev/1111), which the romanized name the table gives ("Rasulzoda") never
# matches: each capitalised Cyrillic word of the entries the table knows as one person's name is that person's.
_LIVE_CYRILLIC_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
# and the entry's sentence may be that surname and a colon before the quote ("15:30 Пресс-конференция. Расулзода:
# „…“"), as an English one is the surname and a verb of saying (_LIVE_SAID_BY)
_LIVE_NAME_COLON = re.compile(r"\s*:\s*")


def _live_cyrillic_surnames(text: str, entries_start: int, resolver: Resolver) -> list[tuple[str, Person]]:
    """(word as written, person) of each capitalised Cyrillic word after `entries_start` the office holders table
    knows by name ("Расулзода")."""
    out = []
    for word in dict.fromkeys(_LIVE_CYRILLIC_WORD.findall(text, entries_start)):
        if (person := resolver.resolve(word, speaking=False)) is not None and person.rule == "name":
            out.append((word, person))
    return out


def _live_key(written: str, people: dict[str, Person]) -> str:
    """The key of `people` a surname as written ("Von der Leyen" opening a sentence) stands for."""
    return written if written in people else written[0].swapcase() + written[1:]


def _en_paraphrased_headline_speaker(found: list[Found], headline_end: int) -> list[Found]:
    for head in found:
        if head.outer[0] >= headline_end or head.speaker is not None or _words(head.text) < MIN_WORDS:
            continue
        words = _content_words(head.text)
        scores: dict[str, tuple[int, Person]] = {}
        for quote in found:
            if quote.outer[0] >= headline_end and quote.speaker is not None:
                shared = len(words & _content_words(quote.text))
                if shared > scores.get(quote.speaker.name, (0, None))[0]:
                    scores[quote.speaker.name] = (shared, quote.speaker)
        ranked = sorted(scores.values(), key=lambda score: -score[0])
        if ranked and ranked[0][0] >= _HEAD_PARAPHRASE_WORDS and ranked[0][0] * 5 >= len(words) * 3 \
                and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
            head.speaker, head.rule = ranked[0][1], "headline"
    return found


# Round 41 (titles): an interview's headline, a quote then a colon and a description of the one interviewed ('"Baku is
# no longer just a gas story": a Turkish investor on the road to $15 billion'), its words nowhere quoted below: the quote
# is of the person the standfirst says the outlet interviewed ("Nargis sat down with X Y, who …", "… spoke to X Y,
# co-chair of …"), when X Y speaks quotes of the body too (a headline quoting someone else describes that one)
_EN_DESCRIBED_AFTER = re.compile(r"\s*:\s+(?:a|an|the)\s+\w")
_EN_INTERVIEWED = re.compile(rf"\b(?:sat down with|spoke to|spoke with|talked to|talked with|talks to|interviewed)\s+"
                             rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s+[{CAPITALS}][\w'’\-]+){{1,2}})")

# (round 52, quotes52b: or the description first, then the colon and the quote ending the headline, "Uzbekistan's envoy
# in Budapest: “…”", the standfirst saying the outlet spoke to X Y)
_EN_DESCRIBED_BEFORE = re.compile(r"[A-Z][^“”\"«»:\n]{2,80}:\s*$")


def _en_described_before(text: str, head: Found, start: int, end: int) -> bool:
    """Does the headline open with a description and a colon before the quote `head`, the quote ending it?"""
    return not text[head.outer[1]:end].strip(" .!?\"”") and _EN_DESCRIBED_BEFORE.match(text, start, head.outer[0]) \
        is not None


def _en_interview_headline_speaker(text: str, found: list[Found], paras: list[tuple[int, int]],
                                   resolver: Resolver) -> list[Found]:
    headline_end = paras[0][1]
    for head in found:
        if head.outer[0] >= headline_end or head.speaker is not None or _words(head.text) < MIN_WORDS \
                or not (_EN_DESCRIBED_AFTER.match(text, head.outer[1])
                        or _en_described_before(text, head, paras[0][0], headline_end)) \
                or _said_again_below(head, found, headline_end):
            continue
        standfirst = text[headline_end:paras[min(2, len(paras) - 1)][1]]
        speakers = {q.speaker.name: q.speaker for q in found if q.speaker is not None and q.outer[0] >= headline_end}
        if (m := _EN_INTERVIEWED.search(standfirst)) and (person := resolver.resolve(m["name"], speaking=False)) \
                and person.name in speakers:
            head.speaker, head.rule = speakers[person.name], "headline"
    return found


# --- Round 46 (q-interview): an interview of plain paragraphs -------------------------------------------------------
# "Aksungur ile … konuştuk." / "Kazakistan'da Türk iş dünyasının bugünkü fotoğrafı nasıl?" / "Kazakistan'da bugün …" /
# "…" / "10 milyar dolarlık hedef gerçekçi mi?" / "Gerçekçi, ama …": an interview may set its questions and answers
# both as plain paragraphs, no label and no dash. The article shows itself an interview when its lead (the headline and
# the paragraphs before the first question) says so ("söyleşi", "konuştuk", "answered our questions", "интервью",
# "müsahibə") and names the interviewee; its questions are the short plain paragraphs that end in "?", at least
# _PLAIN_QUESTIONS of them with an answer after each, and at least one speaks to the interviewee ("you", "siz",
# "вы", a verb's second person plural: "ne tavsiye edersiniz?"), which a report's rhetorical question ("What next?")
# does not. Every paragraph after the first question that is not one is an answer, one quote each, the interviewee's.
_INTERVIEW_CUE = re.compile(
    r"\b(?:interview\w*|answered\s+(?:our|the|\w+['’]s)\s+questions|(?:spoke|talked)\s+(?:to|with)\s+(?:us|the)\b"
    r"|sat\s+down\s+with|söyleşi\w*|röportaj\w*|konuştu[km]?\b|sohbet\s+ettik|görüştük"
    r"|soruların\w*\s+(?:yanıtla|cevapla)\w*"
    r"|müsahib\w*|suallar\w*\s+cavablandır\w*|həmsöhbət\w*|söhbətləşdik|danışdıq"
    r"|интервью|бесед\w*|побеседова\w*|ответил\w*\s+на\s+(?:наши\s+|вопросы)\w*)", re.I)
# a question that speaks to the one answering it: "you", "siz"/"sizce", "вы"/"вас", a Turkic verb's 2nd person plural
# (not "-sız", without), or a Turkic noun's 2nd person plural possessive ("mesajınız", "fikriniz"; round 74, dev/1172)
_ASKS_YOU = re.compile(r"\b(?:you|your|siz|sizce|sizcə|sizin|size|sizə|вы|вас|вам|ваш\w*)\b"
                       r"|\w(?:s[ıi]n[ıi]z|sunuz|sünüz|dınız|diniz|dunuz|dünüz|t[ıi]n[ıi]z)\b"
                       r"|\w\w(?:ınız|iniz|unuz|ünüz)\b", re.I)
# a label opening a line, up to four words and a colon ("Gündem Kıbrıs: …?", "SORU: …?", "HBR: …?"): a labelled
# interview
_LABEL_OPENS = re.compile(r"(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’.\-]*\s*:\s")
# Round 58 (quotesru58): a press conference's question under a label noting who asks, in brackets ("Вопрос (агентство
# TDH): …?", "Вопрос («Нейтральный Туркменистан»): …?", "Question (Anadolu): …?"): a labelled line, no plain question;
# its label is the role alone ("Вопрос"), every journalist asking as the one interviewer (_line_label)
_NOTED_QUESTION_LINE = re.compile(r"(?P<label>Вопрос|Question|Soru|Sual)\s*\([^()\n]{1,60}\)\s*:\s+(?P<q>\S[^\n]*)$")
_QUESTION_WORDS = 45  # an interviewer's question is a sentence or three, never an answer's length
_LEAD_PARAGRAPHS = 3  # the lead before the first question: the headline and up to this many paragraphs


@dataclass
class _PlainInterview:
    start: int                        # where the first question starts: the answers are after it
    questions: set[tuple[int, int]]   # the interviewer's paragraphs (and the writer's closing note)
    person: Person                    # the interviewee


def _plain_interview(text: str, paras, resolver: Resolver) -> _PlainInterview | None:
    """The interview of plain paragraphs the article is, else None."""
    if text.count("?\n") + text.count("?**\n") + text.endswith(("?", "?**")) < _PLAIN_QUESTIONS:
        return None  # (a cheap gate: questions end their paragraphs, in bold or not)
    bodies = [_unbolded(text[a:b].strip()) for a, b in paras]
    questions = [k for k in range(1, len(paras) - 1) if _plain_question_paragraph(bodies[k])
                 and not bodies[k + 1].endswith("?")]
    if len(questions) < _PLAIN_QUESTIONS or not any(_ASKS_YOU.search(bodies[k]) for k in questions):
        return None
    first = questions[0]
    if first > _LEAD_PARAGRAPHS + 1:
        return None
    lead = "\n\n".join(bodies[:first])
    if not _INTERVIEW_CUE.search(lead):
        return None
    answers = [k for k in range(first + 1, len(paras)) if k not in questions]
    if any(DASH.match(bodies[k]) or _qa_labelled(text, paras[k]) or TRANSCRIPT.match(bodies[k]) for k in answers):
        return None  # a dash or a label opens an answer: the interviews read above (_interview_turn, _qa_answer)
    if any(bodies[k + 1][:1] in "“\"«„" for k in questions):
        return None  # a feature's '“Because …,” Shakkaliyev said' after its question: the quotes are read as quotes
    if (person := _plain_interviewee(bodies[0], bodies[1:first], resolver)) is None:
        return None
    surname = re.compile(rf"\b{re.escape(person.name.split()[-1])}\b")
    if any(surname.search(bodies[k]) for k in answers):
        return None  # an answer naming the interviewee ("On Türkiye, Shakkaliyev struck …") is the writer's report
    # the writer's note closing it ("The interview has been edited for length.", "Беседовал …") answers nothing
    notes = set()
    for k in reversed(answers):
        if not _INTERVIEW_CUE.search(bodies[k]):
            break
        notes.add(paras[k])
    return _PlainInterview(paras[first][0], {paras[k] for k in questions} | notes, person)


# Round 74 (bold74): an interview may set each question wholly in Markdown bold ("**Sayın Büyükelçi, … ne durumda?**",
# "**What comes next for the corridor?**") and its answers as plain paragraphs under it (dev/1172): the bold is the
# interviewer's mark, not a word, so the question is read without it
_WHOLLY_BOLD = re.compile(r"\*\*(?P<inner>[^*\n][^*]*)\*\*")


def _unbolded(body: str) -> str:
    """A paragraph wholly wrapped in ** … ** without the wrapping; any other paragraph as it is."""
    return m["inner"].strip() if body[:2] == "**" and (m := _WHOLLY_BOLD.fullmatch(body)) else body


def _plain_question_paragraph(body: str) -> bool:
    """A plain paragraph that asks: it ends in "?", holds no quote marks, opens with no dash or label, and is short."""
    return body.endswith("?") and not DASH.match(body) and not _QA_QUESTION.match(body) \
        and not _LABEL_OPENS.match(body) and not _NOTED_QUESTION_LINE.match(body) \
        and not any(mark in body for mark in "“”\"«»„") and _words(body) <= _QUESTION_WORDS


def _plain_interviewee(headline: str, lead: list[str], resolver: Resolver) -> Person | None:
    """The person the lead paragraphs name whom the headline names too ("KATİAD Başkanı Levent Aksungur: …" over "…
    başkanı Levent Aksungur, …"), or whose surname the lead names again ("Aksungur ile … konuştuk"), else the last the
    lead names: a run of capitals the resolver takes for a name ("Orta Koridor'daki") is seldom either."""
    named = [p for body in lead for run in _capital_runs(_without_interviewing_outlet(body)) if " " in run
             and (p := resolver.resolve(run)) is not None]
    if not named:
        return None
    text = " ".join(lead)
    for person in named:
        surname = person.name.split()[-1]
        if surname in headline or text.count(surname) > 1:
            return person
    return named[-1]
