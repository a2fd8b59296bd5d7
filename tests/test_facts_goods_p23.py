"""The goods, several items and missing items on the freshest writers' text (twenty-third pass
A): one thing of the order come and another named thing not; the order sent in parts, one come
and another still away; the count ordered told first and fewer come; both or all the order's
things told together; another kind of the same thing come (a child's for an adult's, the left for
the right, a bed size, a size told by its own measure); the seller to send the right size; a fault
named by its adjective or its first day; and the look-alikes that must stay silent (damage denied,
an app's action that fails, the tracking showing someone else's parcel, a person not reading
messages, orders counted, the parcel or the money come, both parcels only sent). No line here
comes from a set."""

from __future__ import annotations

import pytest

from tests.support.fact_rows import Want, kind_rows, read_as

MISSING: Want = {"several_items": "yes", "items_missing": "yes"}
NO_MISSING: Want = {"items_missing": None}
SEVERAL: Want = {"several_items": "yes", "items_missing": None}
NOT_SEVERAL: Want = {"several_items": None, "items_missing": None}


def problem(value: str | None) -> Want:
    """The problem with the goods (None: no problem may be read)."""
    return {"problem": value}


# (language, message, the facts it must give: key -> value, None = must not be found)
CASES: dict[str, tuple[tuple[str, str, Want], ...]] = {
    "one thing come, another named thing not: item missing": (
        ("ru", "кофта пришла, а шарфа нет", MISSING),
        ("ru", "зонт есть, чехла от него нету, открыла спор", MISSING),
        ("ru", "плед пришёл, подушек так и нет. защиты 3 дня", MISSING),
        ("ru", "ботинки пришли а стельки нема", MISSING),
        ("ru", "пришли кеды, носки потерялись где-то", MISSING),
        ("ru", "тарелки приехали, а вилки ещё едут", MISSING),
        ("ru", "крем пришёл, сыворотки за 450₽ не было", MISSING),
        ("en", "the jacket came but the scarf never did", MISSING),
        ("en", "the kettle arrived but the tea set (9.99) did not, one order", MISSING),
        ("en", "the bag had the leggings but the top never arrived", MISSING),
        ("en", "my phone case arrived fine and the glass protector is still on its way",
         MISSING),
        ("en", "ordered a 2 piece set, the skirt came, top didnt", MISSING),
        ("en", "the brushes arrived, the holder did not", MISSING),
        ("en", "got the tablet, the stylus from that order is stuck at customs", MISSING),
        ("en", "received the blender, the jug i also ordered is at my post office", MISSING),
        # look-alikes: the parcel, the money, the tracking, a part of one thing, someone else's
        ("ru", "посылка пришла, а денег нет", NOT_SEVERAL),
        ("ru", "уведомление пришло, а посылки нет", NOT_SEVERAL),
        ("ru", "товар пришёл, а трека нет", NOT_SEVERAL),
        ("ru", "у соседки посылка пришла, а моей нет", NOT_SEVERAL),
        ("ru", "насадки пришли, а у миксера нет венчика", NO_MISSING),
        ("ru", "фен забрала, насадок в коробке нет", NO_MISSING),
        ("ru", "деньги на баланс пришли, а купон нет", NOT_SEVERAL),
        ("ru", "18$ на визу пришли или нет", NOT_SEVERAL),
        ("ru", "пришло разбитое зеркало и денег так и не вернули", NOT_SEVERAL),
        ("en", "the parcel arrived but the refund did not", NOT_SEVERAL),
        ("en", "the item arrived but the tracking has not updated", NOT_SEVERAL),
        ("en", "the lamp arrived but the remote is missing", NO_MISSING),
        ("en", "the vase came cracked, haven't opened a dispute", NOT_SEVERAL),
        ("en", "the kettle came dented, I have not complained yet", NOT_SEVERAL),
        ("en", "marked delivered two days ago, never received, no claim", NOT_SEVERAL),
        ("en", "the drone came without its battery, i haven't opened any dispute", NOT_SEVERAL),
        ("en", "got the blue one not the black one", NOT_SEVERAL),
    ),
    "the order sent in parts, one come and another away: item missing": (
        ("ru", "заказ разделили на две посылки, с платьем пришла, а с поясом стоит в Чите",
         MISSING),
        ("ru", "заказ пришёл двумя посылками, вторая неделю лежит на сортировке", MISSING),
        ("ru", "продавец разбил заказ на 3 посылки, первая пришла с кружками, остальные в пути",
         MISSING),
        ("en", "the order got split, the box with the mugs came, the other one is stuck in customs",
         MISSING),
        ("en", "seller split it in 2 parcels. first arrived monday, the second has sat 8 days",
         MISSING),
        ("ru", "первую посылку забрала, вторая с пледом ещё едет", MISSING),
        ("ru", "одну часть получил в среду, вторую жду до сих пор", MISSING),
        ("ru", "торшер пришёл, а посылка с лампочками стоит в Омске", MISSING),
        ("ru", "посылка с ковриком пришла, посылка с подушками 20 дней на одном месте", MISSING),
        ("ru", "пришёл частями: первый во вторник, второй по треку 12 дней не двигается", MISSING),
        # look-alikes: both only sent, none come yet, a vase broken in pieces
        ("ru", "мужу пришла посылка с опозданием, а у меня трек молчит", NOT_SEVERAL),
        ("ru", "заказ разбили на 2 посылки, обе отправлены, одна неделю без движения", SEVERAL),
        ("ru", "продавец разделил заказ на две посылки, вторая 9 дней стоит", SEVERAL),
        ("ru", "ваза разбита на куски", NOT_SEVERAL),
        ("en", "my order of 2 items was split into 2 parcels, both shipped, no update for a week",
         SEVERAL),
    ),
    "the count ordered told first, fewer come: item missing": (
        ("ru", "8 пар носков одним заказом, а в пакете 6", MISSING),
        ("ru", "5 футболок заказала, пришло 4", MISSING),
        ("en", "7 items ordered, 6 received", MISSING),
        ("en", "4 pairs of socks ordered, 3 in the bag", MISSING),
        ("ru", "магазин отказал, пишет отправил все 6 кружек, а пришло 5", MISSING),
        ("ru", "говорит, положил все 10 штук, а там 8", MISSING),
        ("en", "the shop swears all 5 were packed, i have 4", MISSING),
        ("en", "he says he sent all 6, there are 5", MISSING),
        ("ru", "в коробке нет второй пары носков", MISSING),
        ("ru", "продавец признал, что не доложил второй чехол", MISSING),
        ("ru", "забыли положить третий стакан, магазин молчит", MISSING),
        ("ru", "в пакете одна варежка из двух, что заказывала", MISSING),
        ("ru", "7 позиций в заказе, пришло 6", MISSING),
        # look-alikes: as many come as ordered, days, orders counted
        ("ru", "нет второго дня ответа от продавца", NOT_SEVERAL),
        ("ru", "в коробке нет второго наушника", {"problem": "missing_parts",
                                                   "items_missing": None}),
        ("ru", "положил все 5 штук, а там 5", NO_MISSING),
        ("ru", "отправил все 5 за 3 дня, а пришло 2 уведомления", NO_MISSING),
        ("en", "all 3 came, one is cracked", NO_MISSING),
        ("ru", "6 мотков одним заказом, в пакете 6", NO_MISSING),
        ("en", "6 items ordered, 6 received", NO_MISSING),
        ("en", "I have 4 orders from the same shop and one of them is missing", NOT_SEVERAL),
        ("en", "i have 5 orders from one seller, 2 never came", NOT_SEVERAL),
        ("ru", "у меня 4 заказа у одного продавца, два не пришли", NOT_SEVERAL),
    ),
    "both or all the order's things told together: several items": (
        ("ru", "обе куртки пришли, одна не того цвета", SEVERAL),
        ("ru", "пришли оба пледа, но они меньше, чем в описании", SEVERAL),
        ("ru", "все пришли, одна с трещиной", SEVERAL),
        ("ru", "всё пришло, только у торшера нет абажура", SEVERAL),
        ("ru", "оплатила заказ с чайником и кружкой, оба ещё не отправлены", SEVERAL),
        ("ru", "весь заказ (джинсы и ремень) ещё не пришёл", SEVERAL),
        ("en", "both lamps came, both dimmer than the listing", SEVERAL),
        ("en", "all 4 plates arrived but one is chipped", SEVERAL),
        ("en", "got everything from the order, one glass broken", SEVERAL),
        ("en", "5 cups in one box, 1 cracked", SEVERAL),
        ("en", "the desk and the chair both arrived, the desk is missing half its screws",
         SEVERAL),
        ("ru", "кружки из заказа с блюдцами нет", MISSING),
        ("ru", "вручено, а в коробке половина заказа", MISSING),
        ("ru", "половину не доложили, спор открыт", MISSING),
        ("ru", "не хватило части заказа, продавец молчит", MISSING),
        ("ru", "половину деталей не доложили", {"problem": "missing_parts", "items_missing": None}),
        ("ru", "открыла набор, а там не хватало частей", {"problem": "missing_parts",
                                                       "items_missing": None}),
        # look-alikes: people both silent, separate orders, a coupon and a discount, all fine
        ("ru", "молчат оба — и продавец, и поддержка", NOT_SEVERAL),
        ("ru", "сделала два заказа, оба пришли", NOT_SEVERAL),
        ("ru", "заказ с купоном и скидкой пришёл", NOT_SEVERAL),
        ("ru", "всё пришло, одна проблема: запах", NOT_SEVERAL),
        ("ru", "всё пришло, спасибо", NOT_SEVERAL),
        ("ru", "весь заказ отменили и деньги вернули", NOT_SEVERAL),
        ("en", "both the seller and support are silent", NOT_SEVERAL),
        ("en", "two orders, both came", NOT_SEVERAL),
        ("en", "everything arrived, thanks", NOT_SEVERAL),
        ("ru", "деньги из заказа с купоном вернули", NOT_SEVERAL),
    ),
    "another kind of the same thing come: wrong size": (
        ("ru", "кофту заказывала детскую, пришла взрослая", problem("wrong_size")),
        ("ru", "брал мужские перчатки, пришли женские", problem("wrong_size")),
        ("ru", "заказывала правую накладку, пришла левая", problem("wrong_size")),
        ("ru", "бельё двуспальное брала, а пришло односпальное", problem("wrong_size")),
        ("ru", "пришла с американской вилкой, а заказывал европейскую", problem("wrong_size")),
        ("ru", "брала костюм на рост 134, пришёл 116", problem("wrong_size")),
        ("ru", "прислали на рост 152 вместо 140", problem("wrong_size")),
        ("ru", "вместо 60 см цепочки пришла 45", problem("wrong_size")),
        ("ru", "продавец обещал прислать нужный размер и пропал", problem("wrong_size")),
        ("ru", "цвет «пыльная роза» вместо «фуксии»", problem("wrong_size")),
        ("en", "got the 10mm bolts instead of the 12mm ones i ordered", problem("wrong_size")),
        ("en", "ordered a kids helmet, got an adult one", problem("wrong_size")),
        ("en", "asked for king size sheets, they are double", problem("wrong_size")),
        ("en", "ordered the left pedal, they sent the right one", problem("wrong_size")),
        ("en", "he said he would send the right size, nothing since", problem("wrong_size")),
        ("en", "2 shirts in the order, one is size L instead M", problem("wrong_size")),
        ("en", "the boots fit nobody, its a 38 not a 40", problem("wrong_size")),
        ("en", "ordered the jacket in small, got it in XL", problem("wrong_size")),
        ("en", "the helmet is a kids size, i picked adult", problem("wrong_size")),
        ("en", "the print is right but in kids size", problem("wrong_size")),
        ("ru", "спор выиграла по неправильному размеру", problem("wrong_size")),
        ("ru", "размеры перепутали, а размер ведь не тот", problem("wrong_size")),
        ("ru", "кроссовки на размер больше, чем в заказе", problem("wrong_size")),
        ("ru", "стекло прислали на 12 вместо 14 про", problem("wrong_size")),
        ("ru", "пришли на 86 см, а я брала 98", problem("wrong_size")),
        ("ru", "две куртки, одна для сына 140 как надо, вторая 122", problem("wrong_size")),
        # look-alikes: the same kind come, the right size ordered, a capacity under the listing,
        # a wish to change
        ("ru", "неверная размерная сетка на сайте", problem(None)),
        ("ru", "оттенок обещают прислать вместо возврата", problem(None)),
        ("ru", "пришло 15, а заказывал 20", problem(None)),
        ("ru", "пришла через 10 дней, а я платила 700 рублей", problem(None)),
        ("ru", "заказывала детскую куртку, пришла детская, всё хорошо", problem(None)),
        ("ru", "вместо 128 гб флешка на 16", problem("not_as_described")),
        ("ru", "можно поменять на другой размер?", problem(None)),
        ("en", "ordered a hat, got the right size", problem(None)),
        ("en", "i ordered the right size but the parcel is late", problem(None)),
        ("en", "it is 5 not 10 days since the dispute", problem(None)),
        ("en", "the shelf is 60cm instead of the 80cm listed", {"problem": "not_as_described"}),
        ("en", "my kids love it, the size is great", problem(None)),
    ),
    "a fault named by its adjective or its first day: defective or damaged": (
        ("ru", "за неработающий фен продавец даёт купон", problem("defective")),
        ("ru", "джойстик дрейфует, защиты 2 дня", problem("defective")),
        ("ru", "миксер не взбивал с первого дня", problem("defective")),
        ("ru", "продавец предлагает 150 грн за порванный рюкзак", problem("damaged")),
        ("ru", "треснувший экран на часах, спор открыт", problem("damaged")),
        ("en", "the seller offers $4 for the non-working speaker", problem("defective")),
        ("en", "left stick drifting since i unboxed it", problem("defective")),
        ("en", "the fan did not spin from day one", problem("defective")),
        ("en", "one cup has a snapped handle", problem("damaged")),
        ("en", "the mirror came in tiny pieces", problem("damaged")),
        ("en", "half the fringe torn off the scarf", problem("damaged")),
        # look-alikes: the tracking from the first day, a person, a bank «лопнувший», a torn
        # envelope, a dispute told as its topic
        ("ru", "трек не обновляется с первого дня", problem(None)),
        ("ru", "посылка не двигается с первого дня", problem(None)),
        ("ru", "продавец не отвечает с первого дня", problem(None)),
        ("ru", "возврат ушёл в лопнувший банк", problem(None)),
        ("ru", "неработающий трек-номер дали", problem(None)),
        ("en", "tracking did not update from day one", problem(None)),
        ("en", "tracking number never worked from day one", problem(None)),
        ("en", "the non-working tracking link is all i got", problem(None)),
    ),
    "the household does not want it, it worked a while: remorse or defective": (
        ("ru", "жена сказала не нужен, коробку не открывала", problem("remorse")),
        ("ru", "муж говорит не надо, можно вернуть?", problem("remorse")),
        ("ru", "чайник работал три дня и перестал", problem("defective")),
        ("en", "my husband hates it, nothing wrong with it, can i return", problem("remorse")),
        ("en", "the fan worked for two days then stopped", problem("defective")),
        # look-alikes: what the household says of someone else, a seller that stopped answering
        ("ru", "муж сказал, что продавец не отвечает", problem(None)),
        ("en", "my husband hates the seller for this", problem(None)),
        ("en", "the seller answered for two days then stopped", problem(None)),
    ),
    "look-alikes of a problem: no problem said": (
        ("ru", "экран не треснутый, без единой царапины, просто не включается",
         problem("defective")),
        ("ru", "ничего не разбилось, ничего не отвалилось, пульт не включается",
         problem("defective")),
        ("ru", "корпус не поцарапан, всё целое", problem(None)),
        ("ru", "отмена заказа не нажимается, что делать", problem(None)),
        ("ru", "кнопка возврата серая уже второй день", problem(None)),
        ("ru", "трек ведёт на чужую посылку в другом городе", problem(None)),
        ("ru", "номер показывает чью-то посылку в Омске", problem(None)),
        ("ru", "прийшло не все, одного ремінця бракує", problem(None)),
        ("ru", "заказывала вместе с лампой, лампа пришла", problem(None)),
        ("ru", "мышку и коврик брал разными заказами, коврик пришёл, мышь ещё едет",
         problem(None)),
        ("ru", "продавец не читает сообщения и не отправляет", problem(None)),
        ("en", "seller hasn't shipped and doesn't read my messages", problem(None)),
        ("en", "who pays the return if something is faulty", problem(None)),
    ),
}


@pytest.mark.parametrize(("lang", "text", "want"), kind_rows(CASES))
def test_goods_on_the_freshest_writers_text(lang: str, text: str, want: Want) -> None:
    """A buyer tells what came of the goods and the order's items: the value said, never another
    one, and nothing from a look-alike."""
    assert read_as(text, lang, want) == want, text
