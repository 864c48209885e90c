"""The function words of each language, folded (articles, prepositions, conjunctions, pronouns, auxiliaries), the
words that tell a language from its nearest one, and ``fold``, how they and a text's words are compared.

Data for ``functionwords``, which tells a text's language by them. A search needs the lists alone: its modules
import them from here, not from ``functionwords``, whose language profiles are built at import (~4 ms).
"""

from __future__ import annotations

import unicodedata

from .cyrillicwords import CYRILLIC_FUNCTION_WORDS

ENGLISH = "en"  # the language code the index stems and stops


def fold(word: str) -> str:
    """``word`` in lower case without accents or vowel points (``Été`` -> ``ete``, ``είναι`` -> ``ειναι``)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


# The function words Croatian and Serbian share
_CROATIAN_SERBIAN = ("i u na je da se za su od s sa iz o a koji koja koje kojeg kojem kojih kao ali ili to bio bila "
                     "bilo bili biti ce nije po do jos samo prema kako jer pa vec ni niti ovaj ova ovo taj njegov "
                     "njegova njihov nakon kod bez pri sve svoje sto kada bi")

# The commonest function words of each language, folded (lower case, no accents): articles, prepositions,
# conjunctions, pronouns, auxiliaries. Short lists: in running text these few make up a fifth to a third of
# the words.
FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(map(fold, words.split())) for lang, words in {
    "fr": "le la les l un une des du de d et ou mais donc car ni que qu qui quoi dont ou ce cet cette ces c ca il "
          "ils elle elles on nous vous je j me m te se s lui leur leurs eux y en au aux a dans par pour sur sous "
          "avec sans entre vers chez est sont etait etaient ete etre avoir ont avait avaient sera seront fait pas "
          "ne n plus tres aussi comme son sa ses mon ma mes notre nos votre vos si tout tous toute toutes meme "
          "apres avant depuis selon lors alors ainsi encore deja",
    "de": "der die das den dem des ein eine einer eines einem einen und oder aber doch denn dass ist sind war "
          "waren wird werden wurde wurden hat haben hatte hatten sein seine seinen seiner ihr ihre ihren ich du er "
          "sie es wir man sich nicht kein keine auch noch nur schon sehr mit von zu zum zur fur auf aus bei nach "
          "uber unter vor im in am an um durch gegen ohne bis als wie wenn so dann da hier dort dieser diese "
          "dieses diesem diesen was wer wo",
    "es": "el la los las lo un una unos unas de del al a en y o u pero que quien como cuando donde se su sus le "
          "les me te nos por para con sin sobre entre desde hasta es son fue fueron era ser estar esta estan ha "
          "han habia hay mas muy tambien ya no este esta estos estas ese esa eso",
    "it": "il lo la i gli le un uno una di del della dello dei degli delle da dal dalla dai in nel nella nei "
          "negli nelle a al alla ai agli alle su sul sulla con per tra fra e ed o ma che chi non sono era erano "
          "stato stata essere ha hanno aveva si ci ne anche piu come questo questa quello quella suo sua suoi "
          "sue loro",
    "pt": "o a os as um uma uns umas de do da dos das em no na nos nas ao aos por pelo pela pelos pelas para "
          "com sem sobre entre e ou mas que quem como quando onde se seu sua seus suas nao sao foi foram era ser "
          "estar esta estao tem mais muito tambem ja este isso esse essa",
    "nl": "de het een en of maar dat die dit deze is zijn was waren wordt worden werd werden heeft hebben had "
          "hadden van in op te met voor door naar bij uit aan om over onder tot als dan ook niet geen nog wel er "
          "hij zij ze wij we jij je ik u hun haar",
    "sv": "och i att det som en pa ar av for med till den har de inte om ett han men var jag sig fran vi sa kan "
          "man nar ar sager hon under ocksa efter eller nu sin dar vid mot ska skulle hade blev detta dessa mer igen",
    # Danish and Norwegian share most of their function words with each other (both lists hold those) and many with
    # Swedish; they are told apart by the rest (Danish "af", "blev", "nogle", "ud", "efter", "mellem"; Norwegian
    # "å", "ble", "noen", "ut", "etter", "mellom", and Nynorsk's "ikkje", "eg", "eit", "kva": see languages)
    "da": "og i at det en den til er som pa de med han af for ikke der var mig sig men et har om vi min havde hun "
          "nu fra du ud sin sit dem os op hans hvor eller hvad skal kan selv vil blev kunne ind nar være noget "
          "ville deres efter ned skulle denne dette ogsa dig hende meget disse hvis nogle hos blive mange bliver "
          "hendes været siger mod mellem igen endnu måske gennem uden tilbage",
    "no": "og i at det en den til er som pa de med han av for ikke der var meg seg men et har om vi min hadde hun "
          "na fra du ut sin sitt dem oss opp hans hvor eller hva skal kan selv vil ble kunne inn nar være noe "
          "ville deres etter ned skulle denne dette ogsa deg henne mye disse hvis noen hos bli mange blir "
          "hennes vært sier mot mellom igjen ennå kanskje gjennom uten tilbake a ikkje eg ein eit kva dei "
          "vart",
    "ru": "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было "
          "вот от меня еще нет о из ему когда даже ну ли если уже или ни быть был была были него до вас вам там "
          "себя ей может они тут где есть для мы их чем без будет тогда кто этот того этого какой здесь этом "
          "один мой тем чтобы при это эти также",
    "el": "και το η ο οι τα τον την της του των στο στη στην στον στα στις στους με για απο σε που να θα δεν "
          "ειναι ηταν ενα μια ως η αλλα οτι",
    "ar": "في من على إلى الى عن مع أن ان إن هذا هذه ذلك التي الذي الذين كان كانت قد لا ما لم لن هو هي هم و أو "
          "ثم بين كل بعد قبل حتى عند منذ أي وقال قال وفي",
    "he": "של את על עם זה זו היא הוא הם הן לא כי גם אם או אבל כל מה יש אין היה היתה היו אל עד אחרי לפני בין",
    "hi": "का के की को में से पर है हैं था थी थे और या कि जो यह वह ने भी तो ही एक इस उस इसके उसके लिए साथ बाद "
          "तक कर किया करने होने हो गया गई रहा रही रहे",
    "tr": "ve bir bu da de icin ile olarak olan daha cok gibi ama ancak en ne o su her kadar sonra once degil "
          "ise ki veya ya hem gore kendi tum butun yuzde oldugu oldugunu oldu etti edildi dedi ayrica yani cunku "
          "fakat diye uzere karşı arasında tarafından sonrası bunun bunu",  # with ı, which fold keeps
    "pl": "i w z na do nie sie ze to jest jak o od po a ale przez za dla jego jej ich co czy juz tak takze oraz "
          "ktory ktora ktore byc byl byla bylo sa",
    "id": "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan adalah juga oleh atau sebagai karena",
    # Persian: not "آن", which folds to Arabic's "ان"
    "fa": "و در به از که این را با است برای می یک تا شد شده بود کرد کند های هم نیز خود اما یا اگر بر پس چه "
          "شود دارد گفت کرده باید",
    "mi": "te nga i ki o a e me kua ka kei ko no mo tenei enei nei ra ana ai hoki ano ia ratou matou tatou koe "
          "ahau tana tona etahi kaore engari hei he",
    # Czech and Slovak share many of their function words (both lists hold those, and Polish some); they are told apart
    # by the rest (Czech "se", "jsou", "byl", "pro", "podle", "nebo", "když"; Slovak "sa", "sú", "bol", "pre", "podľa",
    # "alebo", "keď")
    "cs": "a v ve na se je z ze s do o k ke za po od i to jako ale jeho jeji jejich ktery ktera ktere kteri byl "
          "byla bylo byly jsou jsem jsme by byt aby pro pri tak take jiz uz jen podle mezi bude budou nebo ani neni "
          "jak kdyz kde tento tato toto tyto sve svou vsak proto pak jeste pouze",
    "sk": "a v vo na sa je z zo ze s so do o k ku za po od aj to ako ale jeho jej ich ktory ktora ktore ktori bol "
          "bola bolo boli su som sme by byt aby pre pri tak tiez uz len podla medzi bude budu alebo ani nie ked kde "
          "tento tato toto tieto tym svoje vsak preto potom este iba",
    # Croatian and Serbian (in Latin letters) share most of their function words (both lists hold those); they are told
    # apart by the rest: Croatian "tko", "također", "tijekom", "tisuća" and its ijekavian "prije", "gdje", "vrijeme";
    # Serbian "ko", "takođe", "tokom", "hiljada", "šta" and its ekavian "pre", "gde", "vreme". Bosnian, ijekavian with
    # Serbian's words, is told by whichever it has more of; a text using only shared words is told neither
    "hr": _CROATIAN_SERBIAN + " tko netko nitko također tijekom prije poslije gdje ovdje dvije uvijek",
    "sr": _CROATIAN_SERBIAN + " ko neko niko takođe takodje tokom pre posle gde ovde dve uvek sta "
          + CYRILLIC_FUNCTION_WORDS["sr"],  # and in Cyrillic letters
    # Slovenian: told from Croatian and Serbian by "in", "v", "so", "ki", "tudi", "kot", "ker", "kjer", which they do
    # not write, and from Czech and Slovak by those and "pa", "da", "bo", "naj"; not "ne", "ko", "le", "med" or "že",
    # commoner as Croatian's, Serbian's, French's, Danish's or Czech's words (folded, "že" is Czech's "ze"), nor "to",
    # which with "in" made an English wire story's two commonest words a fifth of its words (three Reuters stories had
    # lost English)
    "sl": "in je v na da se za so z s iz o po do od pa bi ali ni ki tudi kot ter kjer ker kar lahko zelo "
          "zaradi vendar naj sta bo bodo bil bila bilo bili smo jih kateri katera katero katere pri pred brez "
          "glede ob oziroma sicer",
    "ro": "si in de la cu pe a al ai ale o un unei unui este sunt fost au ca care mai nu se din pentru prin dupa "
          "despre sau dar iar acest aceasta aceste acesta cel cea cei lui ei lor sa isi ce cum cand unde vor fi "
          "foarte doar inca asupra intre catre fara pana fiind ar",
    # Bulgarian: not "в", Russian's commonest preposition, which a short Russian text may hold alone
    "bg": "и във на за от с със се да е са не че по към това който която които но като след при до ще бил "
          "била били беше бяха има няма още те той тя го му ги им си тази този тези както между пред през без "
          "или ако когато където също вече само много според срещу чрез около всички",
    # Hungarian: not "de", "el", "le" or "ki", other languages' commonest words, nor "ami" (French "l'ami" is split)
    "hu": "a az es hogy nem is egy meg van volt mar csak ez azt mint vagy kell lesz pedig utan szerint kozott "
          "miatt amely aki amit akkor most sem nagyon ezt azonban valamint illetve mig volna lett igy ha mert "
          "ezert ezek azok vannak voltak majd ugy",
    # Ukrainian, Belarusian and Macedonian, told from Russian and Bulgarian by their letters first (cyrillicwords)
    "uk": CYRILLIC_FUNCTION_WORDS["uk"], "be": CYRILLIC_FUNCTION_WORDS["be"], "mk": CYRILLIC_FUNCTION_WORDS["mk"],
}.items()}

# Words that tell a language from its nearest one without being function words, counted with them when telling a
# text's language but not left out of queries and key words as those are (a Croatian "vrijeme" is a word to search):
# Croatian's ijekavian forms and its own words against Serbian's ekavian forms and its own (a story of shared words
# alone, "Policija je u ponedjeljak uhitila muškarca", had been told neither). None that Czech or Slovak write
# ("mesto", "leto", "svet", "cena").
TELLING_WORDS: dict[str, frozenset[str]] = {lang: frozenset(map(fold, words.split())) for lang, words in {
    "hr": "vrijeme mjesec mjeseca mjeseci vijeće vijeća rijec rijeci rijecima cijena cijene cijeli cijelog cijele "
          "svijet svijeta svijetu svjetski svjetskog svjetske dio dijela dijelu dijelom ponedjeljak nedjelju "
          "nedjelja ljeto ljeta ljetos tijelo tijela prijeti vjerojatno djeca djece dijete sjednica sjednici "
          "sjednice rijeka rijeke vidjeti zivjeti uspjeh uspjeli mjere mjera sjever vijesti sljedeci sljedece "
          "sljedeceg tjedan tjedna tjednu tisuca tisuce uhitila uhitio uhicen glasnogovornik glasnogovornica "
          "glasnogovornice sveuciliste europski europske europskog europskoj opcina opcine opcini povijest "
          "povijesti znanost nogomet nogometni momcad pogodak ljestvici ljestvica izvijestio izvijestila "
          "zrakoplov vlak kruh tajnik veleposlanik kazaliste obitelj obitelji",
    "sr": "vreme mesec meseca meseci vece veca recima ceo celog svetski svetskog svetske deo ponedeljak nedelju "
          "nedelja nedelje preti verovatno deca dece dete sednica sednici sednice videti ziveti uspeh uspeli "
          "vesti sledeci sledece sledeceg hiljada hiljade hiljadu uhapsila uhapsio uhapsen portparol portparolka "
          "portparolke univerzitet evropski evropske evropskog evropskoj opstina opstine opstini istorija istorije "
          "nauka fudbal fudbalski tabeli tabela izvestio izvestila voz hleb ambasador pozoriste porodica porodice",
}.items()}
