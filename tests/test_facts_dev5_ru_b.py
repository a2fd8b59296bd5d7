"""Russian buyers on the problem and the money, in the kinds of phrasing an independent writer
used (the dev sets, ninth pass), and Russian typed in Latin letters: each kind in our own words,
with typos and other orders, and the look-alikes that must stay silent. No line here comes from
a dev set."""

from __future__ import annotations

import pytest

from flows.understanding import fact_text, understand
from flows.understanding.translit_ru import to_cyrillic
from tests.support.fact_rows import read_as

# (message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, dict[str, str | None]], ...]] = {
    # Russian in Latin letters, several schemes (zh/j, sh/w, ch/4, y/i/j for й, ' for ь, x/h)
    "translit: Russian typed in Latin letters": (
        ("oplatil kartoi, a deneg do sih por net", {"payment": "card"}),
        ("kupila 2 veshi v odnom zakaze, a dowla tolko odna", {"several_items": "yes"}),
        ("karta prosro4ena, kuda pridet vozvrat?", {"card_expired": "yes", "payment": "card"}),
        ("u moego banka otozvali licenziju, 4to s vozvratom", {"bank_gone": "yes"}),
        ("naushniki ne rabotayut sovsem, zakaz 8105513376021944",
         {"problem": "defective", "order_id": "8105513376021944"}),
        ("platil cherez kivi 1450 rub, zakaz otmenen",
         {"payment": "wallet", "amount": "1450", "currency": "RUB"}),
        ("krossovki prishli ne togo razmera, zakazyval 42", {"problem": "wrong_size"}),
        ("vozvrat 35 dollarov, karta zablokirovana, ya ee zakryla",
         {"amount": "35", "currency": "USD"}),
        ("posylku poluchila, a tam razbitaya vaza", {"problem": "damaged"}),
        ("kuponom platil, skidka 300 rublej propala", {"coupon": "yes"}),
    ),
    # «сломан» alone: came so or stopped working is not said, so no problem is
    "problem: broken, no hint which": (
        ("чайник сломан, продавец не отвечает", {"problem": None}),
        ("а фен сломаный, спор открывать?", {"problem": None}),
        ("мясорубка сломалась на третий день", {"problem": "defective"}),
        ("пришла сломанная настольная лампа", {"problem": "damaged"}),
        ("часы сломаны и не включаются", {"problem": "defective"}),
    ),
    # what others write is theirs only up to the buyer's own clause after «а»/«но»
    "problem: others' words, then the buyer's own": (
        ("в отзывах все хвалят, а мой пылесос не включается", {"problem": "defective"}),
        ("отзывы отличные, но зарядка не заряжает вообще", {"problem": "defective"}),
        ("в отзывах пишут что быстро ломается", {"problem": None}),
        ("говорят бывает брак, у меня пока всё ок", {"problem": None}),
    ),
    # dead from the box
    "problem: dead on arrival": (
        ("наушники мёртвые из коробки", {"problem": "defective"}),
        ("из коробки мертвый роутер, даже не мигает", {"problem": "defective"}),
        ("пришла мёртвая мышка", {"problem": "defective"}),
        ("трек мёртвый уже неделю", {"problem": None}),
        ("пришел мертвый трек, не отслеживается", {"problem": None}),
    ),
    # a capacity claimed, and what it really holds
    "problem: capacity claimed, less in fact": (
        ("карта памяти 64 гб, а влезает 4", {"problem": "not_as_described"}),
        ("повербанк 20000 mah, но держит реально 3000", {"problem": "not_as_described"}),
        ("ssd на 1 тб, а определяется 128", {"problem": "not_as_described"}),
        ("флешка 64 гб, а стоит 500 р", {"problem": None}),
    ),
    # a size against the chart or the listing, no amount said
    "problem: size against the chart, no amount": (
        ("куртка намного уже, чем в таблице", {"problem": "not_as_described"}),
        ("рукава длиннее чем на фото", {"problem": "not_as_described"}),
        ("брюки короче чем в карточке товара", {"problem": "not_as_described"}),
        ("доставка дольше чем на сайте", {"problem": None}),
    ),
    # the variant that came against the one chosen, either order; a count is no size
    "problem: variant came, another chosen": (
        ("кроссовки 40го, а я заказывала 38й", {"problem": "wrong_size"}),
        ("заказала синий, а пришёл зелёный", {"problem": "wrong_size"}),
        ("платье красное, а я выбирала бордовое", {"problem": "wrong_size"}),
        ("пришло 15, а заказывал 20", {"problem": None}),
        ("заказывала 20 штук, а пришло 12", {"problem": None}),
    ),
    # the items still missing from the order: the order had several
    "several_items: items still missing": (
        ("открыла спор по недостающим позициям", {"several_items": "yes"}),
        ("жду недостающий товар, продавец тянет", {"several_items": "yes"}),
        ("продавец не хочет досылать недостающие вещи", {"several_items": "yes"}),
        ("недостающие детали от шкафа не прислали", {"several_items": None}),
    ),
    # an order for a count of things
    "several_items: an order for a count of things": (
        ("заказ на 3 кружки, пришла одна коробка", {"several_items": "yes"}),
        ("заказывала на две куртки, трек стоит", {"several_items": "yes"}),
        ("заказ из четырёх футболок потерялся", {"several_items": "yes"}),
        ("заказ на 2 тысячи не пришёл", {"several_items": None}),
        ("заказ на 5 дней задержали", {"several_items": None}),
    ),
    # the card's own date (MM/YY) passed
    "card_expired: the card's date passed": (
        ("карта на 7710, срок 04/25 вышел, а возврат туда", {"card_expired": "yes",
                                                           "payment": "card"}),
        ("карта visa, годна до 11/24, уже истек", {"card_expired": "yes"}),
        ("на карте срок 03/2025 прошел давно", {"card_expired": "yes"}),
        ("карта действует до 12/29, всё в порядке", {"card_expired": None}),
        ("срок 10/26 вышел у защиты", {"card_expired": None}),
    ),
    # Ukrainian: paid from a wallet, the Ukrainian past
    "payment: Ukrainian paid from a wallet": (
        ("платив з вебмані, а замовлення скасували", {"payment": "wallet"}),
        ("сплатила з вебмані 700 грн", {"payment": "wallet"}),
        ("оплатив через вебмані, чекаю", {"payment": "wallet"}),
    ),
    # a wallet or bank gone, told through a pronoun: no faulty item, the service is gone
    "bank_gone: service gone by a pronoun": (
        ("деньги ушли на киви, а его у нас закрыли", {"bank_gone": "yes", "problem": None}),
        ("возврат на юмани, но она больше не работает", {"bank_gone": "yes", "problem": None}),
        ("платила кошельком, а он перестал работать в рф", {"bank_gone": "yes", "problem": None}),
        ("купила фен, а он перестал работать", {"problem": "defective", "bank_gone": None}),
        ("банк был норм, а он взял и обанкротился", {"bank_gone": "yes"}),
    ),
    # a payment service with a clause about it, then gone
    "bank_gone: a service, then a clause, then gone": (
        ("платёжный сервис, через который оплачивала, уже закрылся", {"bank_gone": "yes"}),
        ("сервис с которого платил вообще исчез", {"bank_gone": "yes"}),
        ("сервис которым я оплатил все закрылся", {"bank_gone": "yes"}),
        ("сервис доставки плохой, посылка неделю стоит", {"bank_gone": None}),
    ),
    # the bank's death said before the bank
    "bank_gone: the death said first": (
        ("лопнул мой банк, куда теперь деньги", {"bank_gone": "yes"}),
        ("закрылся банк, карта не работает", {"bank_gone": "yes"}),
        ("рухнул банк через который платил", {"bank_gone": "yes"}),
        ("закрылся спор, банк тут ни при чём", {"bank_gone": None}),
    ),
    # the central bank closed the bank
    "bank_gone: closed by the central bank": (
        ("ЦБ прикрыл мой банк, а возврат идёт туда", {"bank_gone": "yes"}),
        ("у меня банк ликвидировал центробанк на днях", {"bank_gone": "yes"}),
        ("регулятор закрыл мой банк в прошлом месяце", {"bank_gone": "yes"}),
        ("в цб пишут что банк работает", {"bank_gone": None}),
    ),
    # someone else paid, as their own act: the buyer's way is not said
    "payment: someone else paid": (
        ("заказ сестры, она платила своей картой", {"payment": None}),
        ("муж оплачивал через киви, я только заказала", {"payment": None}),
        ("друг заплатил за меня картой, а заказ отменили", {"payment": None}),
        ("оплатила картой сама, муж тут ни при чём", {"payment": "card"}),
        ("я платил через киви, а мама картой", {"payment": "wallet"}),
    ),
    # a card by its slang brand, the money taken from it
    "payment: money from a card by its brand": (
        ("сняли 900 с мирки, а посылки нет", {"payment": "card"}),
        ("оплата 30 BYN с белкарта прошла, заказ пропал", {"payment": "card"}),
        ("со своей мастеркард списали дважды", {"payment": "card"}),
    ),
    # the bank that issued the buyer's card is gone: the card is the way paid
    "payment: the bank that issued my card": (
        ("банк, выдавший мне карту, закрылся", {"payment": "card", "bank_gone": "yes"}),
        ("лопнул банк выпустивший карту, куда вернут", {"payment": "card", "bank_gone": "yes"}),
        ("банк эмитировавший мою карту лишили лицензии", {"payment": "card", "bank_gone": "yes"}),
    ),
    # Ukrainian: the refund awaited on the card
    "payment: Ukrainian refund to the card": (
        ("на картку нічого не прийшло", {"payment": "card"}),
        ("гроші на картку так і не повернули", {"payment": "card"}),
        ("800 грн на картку досі не надійшли", {"payment": "card"}),
    ),
    # the refund sent or promised to PayPal, in other verbs
    "payment: refund to PayPal": (
        ("обещали вернуть на пейпал, жду", {"payment": "paypal"}),
        ("деньги пришли на paypal только частично", {"payment": "paypal"}),
        ("возврат 15$ на мой пэйпал висит", {"payment": "paypal"}),
        ("продавец просит перевести на пейпал", {"payment": None}),
    ),
    # English from a Russian-speaking user stays English (the English tables read it)
    "translit: English stays English": (
        ("I paid by card and the parcel never came", {"payment": "card"}),
        ("my bank went bankrupt, where will the refund go", {"bank_gone": "yes"}),
        ("the headphones do not work at all", {"problem": "defective"}),
        ("no tracking for 20 days, seller says wait", {"payment": None}),
        ("on my card 25 USD still not back", {"amount": "25", "currency": "USD"}),
    ),
}

ROWS = [(kind, text, want) for kind, rows in CASES.items() for text, want in rows]

ENGLISH = (
    "I paid by card and the parcel never came",
    "no tracking for 20 days, seller says wait",
    "on my card 25 USD still not back",
    "order 8105513376021944 not shipped, can I cancel",
    "da seller ne answer me",  # mostly English with two stray words
    "the dispute is open 3 days, seller offers 5 dollars",
    "I used a coupon and paid with PayPal",
)
"""English messages a Russian-speaking user may type: never read as transliterated Russian."""


@pytest.mark.parametrize(("kind", "text", "want"), ROWS,
                         ids=[f"{k.split(':')[0]}-{i}" for i, (k, _t, _w) in enumerate(ROWS)])
def test_fact(kind: str, text: str, want: dict[str, str | None]) -> None:
    """A buyer writes the kind in other words: the fact is there, the look-alike is silent."""
    assert read_as(text, "ru", want) == want, text


@pytest.mark.parametrize("text", ENGLISH)
def test_english_from_a_russian_user_stays_english(text: str) -> None:
    """English words are never routed to the Russian tables, whatever the user's language."""
    assert fact_text(text, "ru") == (text, "en")


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("posylka ne prishla", "посылка не пришла"),
    ("zhdu uzhe mesyac", "жду уже месяц"),
    ("wto delat, prodavets molchit", "што делат, продавец молчит"),
    ("4to s moim zakazom", "что с моим заказом"),
    ("novyy trek, dney 5", "новый трек, дней 5"),
    ("den'gi ne vernuli", "деньги не вернули"),
    ("zashhita istekla", "защита истекла"),
])
def test_latin_letters_come_back_as_cyrillic(latin: str, cyrillic: str) -> None:
    """Each common scheme (zh, w/sh, 4/ch, y for й, ' for ь, shh for щ) comes back."""
    assert to_cyrillic(latin, set(), set()) == cyrillic


def test_mixed_script_keeps_the_script_reading() -> None:
    """A Cyrillic text with a Latin word in it is read as it is today."""
    assert fact_text("оплатил через paypal", "ru") == ("оплатил через paypal", "ru")


def test_a_russian_text_from_an_english_user_keeps_english_tables_for_latin() -> None:
    """The route needs a Russian-speaking user: an English user's Latin text stays English."""
    assert fact_text("posylka ne prishla, platila kartoy", "en")[1] == "en"


def test_understanding_reads_transliterated_russian_whole() -> None:
    """The facts and the scenario of a Latin-letter Russian message from a Russian user."""
    heard = understand("zakaz otmenili, a dengi na kartu tak i ne prishli", "ru")
    assert heard.facts.get("payment") == "card"
    assert heard.facts.get("order_status") == "cancelled"
    assert heard.intent == "moneylate"


def test_a_long_english_text_is_given_up_early() -> None:
    """Once the English words outweigh every word left, the scorer stops: still English."""
    text = "the parcel never came and the seller does not answer " * 40 + "posylka ne prishla"
    assert fact_text(text, "ru")[1] == "en"
