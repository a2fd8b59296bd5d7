"""Self-check for claims.json (issue 16 situations benchmark).

Semantics (also in SITUATIONS.md): an answer is split into sentences (see `sentences`);
claim X fires on an answer in language L if, for at least one sentence, some regex in X[L]
matches it and no regex in X[L + "_unless"] matches that same sentence (re.search, re.I).

Run: python3 benchmarks/data/check_claims.py   (exit 1 on any failure)
Every sentence below was written for this check; none comes from any product or data line.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s+")


def sentences(answer):
    """Split on newlines and on . ! ? ; a list item (line starting with -, •, *, 1. or 1))
    is prefixed with the lead-in sentence that ends with ':' on the last non-item line."""
    out, lead = [], ""
    for line in answer.split("\n"):
        s = line.strip()
        if not s:
            continue
        m = BULLET.match(s)
        body = s[m.end():] if m else s
        if not m:
            lead = ""
        parts = [p.strip() for p in re.split(r"[.!?]+", body) if p.strip()]
        for p in parts:
            out.append((lead + " " + p) if (m and lead) else p)
        if not m and parts and parts[-1].endswith(":"):
            lead = parts[-1]
    return out


def sentence_fires(claim, lang, sentence):
    return (any(re.search(p, sentence, re.I) for p in claim[lang])
            and not any(re.search(u, sentence, re.I) for u in claim.get(lang + "_unless", [])))


def fires(claim, lang, answer):
    return any(sentence_fires(claim, lang, s) for s in sentences(answer))


def load(path=os.path.join(HERE, "claims.json")):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# id -> {"en": (positives, negatives), "ru": (positives, negatives)}
CASES = {}


def case(cid, en_pos, en_neg, ru_pos, ru_neg):
    CASES[cid] = {"en": (en_pos, en_neg), "ru": (ru_pos, ru_neg)}


case("X01",
     ["You should open a dispute today.", "Open a dispute on the order page.",
      "I recommend you file a refund request right away.", "Tap “Open dispute” and describe the problem."],
     ["Don't open a dispute yet, your case is already with AliExpress.",
      "Say no if a seller asks you to: open a dispute, close it again, pay by card.",
      "Scammers will ask you to open a dispute through their link.",
      "Open a dispute only once the order has shipped."],
     ["Откройте спор прямо сейчас.", "Вам нужно открыть спор на странице заказа.",
      "Подайте заявку на возврат сегодня же.", "Нажмите кнопку «Открыть спор»."],
     ["Не открывайте спор ещё раз: он уже у администрации.",
      "Ни в коем случае не открывайте новый спор, ждите решения.",
      "Если продавец просит открыть спор по его ссылке, откажитесь.",
      "Откройте спор только после того, как заказ будет отправлен."])

case("X02",
     ["Wait until the seller ships the order.", "You can't cancel it yet, the seller still has time.",
      "There is still time for the seller to ship, so hold on.", "Give the seller a few more days."],
     ["Don't wait for the seller to ship, you can cancel now.",
      "Never wait for the store to send it if you want to cancel.",
      "If the seller asks you to wait for shipping, you can still cancel.",
      "They will tell you to wait because the seller has time to ship; you don't have to."],
     ["Подождите, пока продавец отправит заказ.", "Нужно подождать отправки от продавца.",
      "Отменить пока нельзя, таймер ещё идёт.", "Дайте продавцу ещё пару дней."],
     ["Не ждите, пока продавец отправит заказ: отменяйте.",
      "Если продавец просит подождать отправки, вы всё равно можете отменить.",
      "Ни в коем случае не ждите продавца, если передумали.",
      "Вам скажут подождать, пока магазин отправит, но это не обязательно."])

case("X03",
     ["Choose “Item not received” as the reason.", "Select the reason not received.",
      "Open an item not received dispute.", "Just say you never received the parcel."],
     ["Don't choose “Item not received”, pick “Not as described”.",
      "Never select not received when the item came broken.",
      "Some sellers ask you to pick “not received” instead; refuse.",
      "Choose item not received only if the parcel really never came."],
     ["Выберите причину «Товар не получен».", "Укажите в споре, что посылка не пришла.",
      "Откройте спор о неполучении товара.", "Напишите, что вы не получили товар."],
     ["Не выбирайте «Товар не получен», если товар сломан.",
      "Никогда не указывайте неполучение для бракованной вещи.",
      "Если продавец просит указать, что посылка не пришла, откажитесь.",
      "Выберите «Не получен» только если посылки действительно нет."])

case("X04",
     ["You will definitely get your money back.", "Your refund is guaranteed.",
      "I can say for sure that you will win this dispute and get a refund.", "You'll certainly get a full refund."],
     ["No one can guarantee a refund.", "I can't promise you'll definitely get a refund.",
      "Scammers promise a guaranteed refund if you pay a fee.",
      "Don't trust anyone who says the refund is guaranteed."],
     ["Деньги вам точно вернут.", "Возврат гарантирован.", "Вы гарантированно получите деньги назад.",
      "Гарантирую, что спор будет в вашу пользу."],
     ["Никто не гарантирует возврат.", "Не могу обещать, что деньги точно вернут.",
      "Мошенники обещают, что деньги гарантированно вернут.",
      "Не верьте тем, кто пишет, что возврат гарантирован."])

case("X05",
     ["The money will arrive tomorrow.", "Your refund will be on your card by Friday.",
      "It takes exactly 5 business days.", "The money will be back by the end of this week."],
     ["I can't promise the money will arrive tomorrow.", "Nobody can say it will be credited by Friday.",
      "Usually it takes about 10 business days, depending on your bank.",
      "Scammers say the money will arrive tomorrow if you pay a fee."],
     ["Деньги придут завтра.", "Деньги поступят в пятницу.", "Возврат займёт ровно 5 рабочих дней.",
      "Деньги вернутся к концу недели."],
     ["Не могу сказать, что деньги придут завтра.",
      "Никто не знает, поступят ли деньги в пятницу.",
      "Обычно деньги приходят примерно за 10 рабочих дней.",
      "Мошенники пишут, что деньги придут завтра после оплаты."])

case("X06",
     ["You still have 3 days left to open a dispute.", "Your buyer protection is still active.",
      "It's not too late to open a dispute.", "There is still time to open a dispute."],
     ["Check if your protection is still active on the order page.",
      "If it's not too late, the dispute button will be there.",
      "Protection is still active only if the order isn't Completed.",
      "Your protection ended, so the dispute window is closed."],
     ["У вас ещё есть 2 дня, чтобы открыть спор.", "Защита ещё действует.", "Ещё не поздно открыть спор.",
      "Вы успеете открыть спор."],
     ["Проверьте, действует ли защита ещё на странице заказа.",
      "Если защита ещё действует, кнопка спора будет на месте.",
      "Защита ещё действует только если заказ не завершён.",
      "Срок защиты закончился, спор открыть нельзя."])

case("X07",
     ["Wait for the seller to respond.", "You are waiting for the seller's decision now.",
      "The seller has 5 days to respond.", "The ball is in the seller's court."],
     ["Don't wait for the seller to respond, AliExpress has already decided.",
      "There is no need to wait for the seller's reply any more.",
      "The seller will tell you to wait for the seller's decision; ignore it.",
      "AliExpress has decided, so the seller's reply no longer matters."],
     ["Ждите ответа продавца.", "Дождитесь решения продавца.", "У продавца есть 5 дней на ответ.",
      "Продавец должен ответить."],
     ["Не ждите ответа продавца: решение уже принято.",
      "Ни в коем случае не ждите решения от продавца, спор у администрации.",
      "Если продавец просит подождать его ответа, не соглашайтесь.",
      "Решение уже принято AliExpress, ответ продавца ничего не меняет."])

case("X08",
     ["Send the SMS code to the courier.", "Give them your verification code.",
      "AliExpress support needs your password to process the refund.", "It is safe to share the code."],
     ["Never share your SMS code with anyone.", "Don't give your password to anyone.",
      "Scammers will ask you to send the code.",
      "Say no if someone asks you to read out the code, the password or the CVV."],
     ["Сообщите код из СМС курьеру.", "Назовите оператору пароль.", "Продиктуйте код из смс.",
      "Можно сообщить код поддержке."],
     ["Никогда не сообщайте код из СМС.", "Ни в коем случае не называйте пароль.",
      "Мошенники попросят вас продиктовать код.",
      "Если кто-то просит сообщить код, откажитесь."])

case("X09",
     ["A coupon is as good as a refund.", "The coupon is the same as money.",
      "Accept the coupon, it's just as good as a refund.", "A coupon works like a refund."],
     ["A coupon is not the same as a refund.", "The coupon is not as good as a cash refund.",
      "Sellers push you to take a coupon, saying it's the same as money.",
      "Say no if the seller asks you to accept a coupon as good as a refund."],
     ["Купон — это то же самое, что возврат.", "Купон равноценен деньгам.", "Купон — это деньги.",
      "Купон не хуже денег."],
     ["Купон — не то же самое, что возврат.", "Купон не равноценен деньгам.",
      "Продавец скажет, что купон — это то же самое, что деньги.",
      "Если продавец предлагает купон как то же самое, откажитесь."])

case("X10",
     ["You can open a new dispute later.", "Just reopen the dispute if the seller doesn't pay.",
      "Open a second dispute for the same item.", "You can always reopen it."],
     ["You can't open a second dispute for the same item.", "Don't count on being able to reopen the dispute.",
      "Never close it thinking you can reopen the dispute.",
      "Sellers tell you that you can reopen the dispute later; assume you can't."],
     ["Откройте новый спор.", "Можно открыть спор заново.", "Переоткройте спор, если продавец не заплатит.",
      "Подайте повторную заявку."],
     ["Повторно спор открыть нельзя.", "Не открывайте новый спор по тому же товару.",
      "Продавец скажет, что спор можно открыть заново, но это не так.",
      "Не рассчитывайте переоткрыть спор."])

case("X11",
     ["Pay the customs fee through the link in the SMS.", "Follow the link and pay the delivery fee.",
      "Click the link to pay the customs duty.", "Settle the redelivery charge via the link in the text message."],
     ["Never pay a customs fee through a link in a message.", "Don't click the link to pay any fee.",
      "They will ask you to follow a link and pay a customs fee.",
      "Avoid paying the delivery fee through that link."],
     ["Оплатите таможенную пошлину по ссылке из СМС.", "Перейдите по ссылке и оплатите сбор.",
      "Заплатите за доставку по ссылке.", "Нажмите на ссылку, чтобы оплатить пошлину."],
     ["Никогда не оплачивайте пошлину по ссылке из сообщения.", "Не переходите по ссылке для оплаты сбора.",
      "Мошенники пишут, что нужно оплатить доставку по ссылке.",
      "Если вас просят оплатить пошлину по ссылке, это обман."])

case("X12",
     ["Confirm receipt so the seller can send the refund.", "Press “Confirm receipt” on the order page.",
      "You can safely confirm delivery now.", "Go ahead and confirm receipt."],
     ["Don't press “Confirm receipt” until the parcel is in your hands.",
      "Say no if a seller asks you to: close the dispute, confirm receipt, pay outside AliExpress.",
      "They will ask you to confirm receipt before the parcel arrives.",
      "Never confirm receipt of an item you don't have."],
     ["Подтвердите получение заказа.", "Нажмите кнопку «Подтвердить получение».",
      "Подтвердите получение, чтобы продавец вернул деньги.", "Можете подтвердить получение товара."],
     ["Не подтверждайте получение, пока посылки нет.",
      "Если продавец просит подтвердить получение, откажитесь.",
      "Вас попросят подтвердить получение заранее.",
      "Ни в коем случае не нажимайте «Подтвердить получение»."])

case("X13",
     ["Close the dispute, the seller will pay you directly.", "You can cancel the dispute now.",
      "It's fine to withdraw the claim.", "Please cancel your refund request."],
     ["Don't close the dispute on a seller's promise.",
      "Say no if a seller asks you to: close the dispute, confirm receipt.",
      "The seller will ask you to cancel the dispute.",
      "Never withdraw the claim before you have the money."],
     ["Закройте спор, продавец обещал вернуть деньги.", "Можно закрыть спор.",
      "Отмените спор, если продавец прислал замену.", "Лучше отозвать заявку."],
     ["Не закрывайте спор, пока деньги не пришли.",
      "Если продавец просит закрыть спор, откажитесь.",
      "Продавец попросит вас отменить спор.",
      "Ни в коем случае не отзывайте заявку."])

case("X14",
     ["Accept the refund via PayPal.", "Pay the seller directly to his card.",
      "It's fine to pay outside AliExpress.", "Transfer the money directly to the seller's account."],
     ["Never accept a refund via PayPal from the seller.", "Don't pay the seller directly.",
      "The seller may ask you to take the money through PayPal.",
      "Say no if a seller asks you to pay directly or take the refund via Western Union."],
     ["Согласитесь на возврат через PayPal.", "Переведите деньги продавцу на карту.",
      "Примите оплату напрямую от продавца.", "Заплатите напрямую, так быстрее."],
     ["Не соглашайтесь на возврат через PayPal.", "Никогда не переводите деньги продавцу на карту.",
      "Продавец предложит перевести деньги напрямую.",
      "Если продавец просит оплатить напрямую, откажитесь."])

case("X15",
     ["You have 45 days from dispatch to open a dispute.", "The deadline is 45 days.",
      "You must open it within 45 days of shipment.", "You still have 45 days."],
     ["The 45-day figure in old guides is outdated.", "Your deadline is the countdown on the order page.",
      "Some blogs say you have 45 days; that rule is no longer current.",
      "Don't trust guides that say you have 45 days."],
     ["У вас есть 45 дней с момента отправки.", "Открыть спор можно в течение 45 дней.",
      "Срок — 45 дней.", "Не позднее 45 дней после отправки."],
     ["Цифра «45 дней» из старых статей устарела.", "Ваш срок — это таймер на странице заказа.",
      "В течение 45 дней — это старое правило, оно больше не действует.",
      "Не верьте статьям, где пишут про 45 дней."])

case("X16",
     ["It's too late to get a refund.", "There is nothing you can do now.",
      "You cannot get a refund any more.", "There's no chance of a refund."],
     ["It's not too late: you still have two days.", "Act before it's too late.",
      "Scammers say it's too late unless you pay them.",
      "Don't believe anyone who tells you it's too late."],
     ["Уже слишком поздно.", "Ничего сделать нельзя.", "Деньги уже не вернуть.", "Шансов нет."],
     ["Ещё не поздно открыть спор.", "Откройте спор, пока не стало поздно.",
      "Мошенники говорят, что уже поздно.",
      "Не верьте тем, кто говорит, что ничего сделать нельзя."])

case("X17",
     ["The refund is automatic.", "You don't need to do anything.",
      "The money will come back automatically.", "Just wait, the refund will come on its own."],
     ["The refund is not automatic here: you must open a dispute.",
      "Scammers say the refund is automatic if you pay a fee.",
      "The refund is automatic only if the seller never shipped.",
      "Don't believe anyone who says you don't need to do anything."],
     ["Деньги вернутся автоматически.", "Ничего делать не нужно.", "Возврат будет оформлен автоматически.",
      "Автоматически вернут деньги."],
     ["Деньги не вернутся автоматически: откройте спор.",
      "Мошенники пишут, что ничего делать не нужно.",
      "Деньги вернутся автоматически только если продавец не отправил заказ.",
      "Не верьте тем, кто говорит, что делать ничего не нужно."])

case("X18",
     ["In 95% of cases buyers win.", "Your chance of a refund is about 99%.",
      "100 percent of disputes like yours succeed.", "The success rate is 98%."],
     ["I never quote win rates.", "Nobody can give you a 95% chance.",
      "Scammers claim 99% of disputes succeed.", "Don't trust sites that say 95% of cases win."],
     ["В 95% случаев покупатель выигрывает.", "Шансы на возврат — 99%.",
      "100% споров решаются в пользу покупателя.", "Вероятность успеха 98%."],
     ["Никто не назовёт вам шанс в 95%.", "Мошенники обещают 99% успеха.",
      "Не верьте сайтам, где пишут про 95% случаев.", "Не доверяйте обещаниям 100% успеха."])

case("X19",
     ["AliExpress can send the refund to your new card.", "Support will redirect the money to a different card.",
      "Change the refund card in your account settings.", "Link your new card and the refund will go there."],
     ["AliExpress can't send the refund to a new card.", "Don't try to change the refund card in your settings.",
      "Scammers say support can send the refund to a different card.",
      "The refund goes back to the card you paid with."],
     ["AliExpress может перевести деньги на новую карту.", "Поддержка переведёт возврат на другую карту.",
      "Смените карту в профиле, и возврат придёт на неё.", "Привяжите новую карту для возврата."],
     ["AliExpress не может перевести деньги на другую карту.",
      "Мошенники говорят, что поддержка переведёт деньги на новую карту.",
      "Не пытайтесь привязать новую карту для возврата.",
      "Деньги вернутся на счёт той карты, которой вы платили."])

case("X20",
     ["You can withdraw the bonus balance to your card.", "The balance can be withdrawn.",
      "Transfer the Alipay balance to your bank card.", "Cash out the bonus to your card."],
     ["The balance can't be withdrawn, only spent.", "Don't try to withdraw the bonus to a card.",
      "Scammers offer to transfer the balance to your card for a fee.",
      "Nobody can cash out the bonus balance to a bank."],
     ["Выведите бонусы на карту.", "Баланс можно вывести на карту.", "Снимите деньги с баланса на карту.",
      "Переведите бонусный баланс в банк."],
     ["Баланс нельзя вывести на карту, только потратить.", "Не пытайтесь вывести бонусы на карту.",
      "Мошенники предлагают вывести баланс на карту.",
      "Бонусы на карту вывести не получится."])

case("X21",
     ["Your protection will be extended automatically.", "The seller must extend the protection.",
      "The timer is extended automatically.", "An extension is guaranteed."],
     ["Protection is not extended automatically.", "The seller may extend it, but doesn't have to.",
      "Protection is extended only if the seller agrees.", "Scammers say the timer will be extended automatically."],
     ["Защита продлится автоматически.", "Продавец обязан продлить защиту.",
      "Срок защиты продлевается автоматически.", "Продавец продлит обязательно."],
     ["Защита не продлевается автоматически.", "Продавец не обязан продлить защиту.",
      "Защиту продлят только если продавец согласится.", "Мошенники пишут, что защита продлится автоматически."])

case("X22",
     ["You only have 3 days to escalate.", "Escalation is possible only within 3 days.",
      "You can escalate the dispute within 3 days of opening it.", "There is a 3-day window to escalate."],
     ["It does not expire after 3 days.", "You can escalate from about day 3 after opening.",
      "Escalation is not limited to three days.", "Escalate after 3 days if you can't agree."],
     ["У вас есть только 3 дня, чтобы обострить спор.", "Обострить спор можно в течение 3 дней.",
      "Обострение возможно только в первые три дня.", "Всего три дня на то, чтобы обострить."],
     ["Обострить спор можно примерно с 3-го дня.", "Это не только 3 дня после открытия.",
      "Обострение не ограничено тремя днями.", "Спор передаётся администрации автоматически."])

case("X23",
     ["You will have to pay the return shipping.", "You must pay for the return.",
      "Return shipping is at your expense.", "You need to pay shipping back to China."],
     ["For a defective item the store pays the return shipping.", "You don't have to pay the return shipping.",
      "The seller will tell you that you must pay for the return; for a broken item that's wrong.",
      "If you changed your mind, you pay the return; if the item is faulty, the store does."],
     ["Вам придётся оплатить обратную доставку.", "Доставка будет за ваш счёт.",
      "Вы должны оплатить пересылку обратно.", "Нужно будет заплатить за доставку продавцу."],
     ["За брак обратную доставку оплачивает магазин.", "Вам не нужно оплачивать обратную доставку.",
      "Продавец скажет, что доставка за ваш счёт, но при браке это не так.",
      "Если продавец просит оплатить обратную доставку за бракованный товар, откажитесь."])

case("X24",
     ["Wait another 5 days.", "Give it a couple more weeks.", "Wait until the tracking has been quiet for 15 days.",
      "Wait a few more days before doing anything."],
     ["Don't wait another week, open the dispute now.", "Never wait a few more days when protection is ending.",
      "The seller will ask you to wait 10 more days; refuse.",
      "If the seller asks you to wait another week, say no."],
     ["Подождите ещё несколько дней.", "Ждите ещё неделю.", "Подождите, пока трек не будет молчать 15 дней.",
      "Дождитесь ещё пару дней."],
     ["Не ждите ещё неделю, откройте спор сейчас.", "Ни в коем случае не ждите ещё несколько дней.",
      "Продавец попросит подождать ещё пару дней.", "Если продавец просит подождать ещё неделю, откажитесь."])

case("X25",
     ["Say the item is defective.", "Tell the seller it is not as described.",
      "Choose “Not as described” anyway, it's easier.", "Write that the product was damaged."],
     ["Don't say the item is defective if it isn't.", "Never claim the item was broken to get a refund.",
      "Some guides tell you to say it is defective; don't.", "You changed your mind, so ask the seller for a return."],
     ["Напишите, что товар бракованный.", "Укажите, что он не соответствует описанию.",
      "Скажите, что товар сломан.", "Выберите «Не соответствует описанию», даже если всё в порядке."],
     ["Не пишите, что товар бракованный, если это не так.", "Никогда не указывайте, что товар сломан, если он цел.",
      "Вам скажут написать, что товар поврежден, но это обман.", "Если вы передумали, договоритесь с продавцом о возврате."])

case("X26",
     ["Choose the reason “Seller didn't ship”.", "Select seller's fault as the reason.",
      "Pick “seller is at fault” so it goes faster.", "Use the reason seller did not ship."],
     ["Don't choose “Seller didn't ship”, pick a neutral reason.",
      "Never select seller's fault when you simply changed your mind.",
      "Some sites tell you to pick seller's fault; avoid it.",
      "Choose a neutral reason such as “No longer needed”."],
     ["Выберите причину «Продавец не отправил».", "Укажите вину продавца.", "Отметьте «по вине продавца».",
      "Выбирайте причину «Вина продавца»."],
     ["Не выбирайте причину «Продавец не отправил».", "Никогда не указывайте вину продавца, если просто передумали.",
      "Вам посоветуют выбрать вину продавца, но лучше нейтральную причину.", "Выберите нейтральную причину."])

case("X27",
     ["You can appeal the decision.", "The decision can be reversed.", "Escalate the dispute again.",
      "Challenge the decision with support."],
     ["You can't appeal the decision.", "Don't try to escalate the dispute again.",
      "Scammers offer to overturn the decision for a fee.", "The decision is final and can't be appealed."],
     ["Обжалуйте решение.", "Решение можно обжаловать.", "Оспорьте решение в поддержке.",
      "Решение реально пересмотреть."],
     ["Решение нельзя обжаловать.", "Не пытайтесь оспорить решение.",
      "Мошенники предлагают оспорить решение за плату.", "Решение окончательное, его не пересмотрят."])

case("X28",
     ["It will arrive any day now.", "Just wait, it's in your country.", "The parcel should be delivered soon.",
      "It's in your country, so it will come."],
     ["Don't just wait, the tracking has been silent for weeks.", "I can't say it will arrive soon.",
      "The seller will tell you to just wait; open a dispute instead.",
      "Rather than just wait, message the seller."],
     ["Посылка скоро придёт.", "Просто подождите.", "Она уже в вашей стране, значит скоро придёт.",
      "Вот-вот доставят."],
     ["Не ждите просто так: трек молчит уже три недели.", "Продавец скажет, что посылка скоро придёт.",
      "Не могу обещать, что посылка скоро придёт.", "Если продавец просит просто подождать, откажитесь."])

case("X29",
     ["The refund reaches your card instantly.", "It will be on your bank card within 24 hours.",
      "Money goes back to your card the same day.", "Your card is credited immediately."],
     ["Card refunds are not instant.", "Card refunds never arrive within 24 hours.",
      "Scammers promise the money on your card instantly.", "Usually it takes up to 10 business days to reach your card."],
     ["Деньги придут на карту мгновенно.", "На карту вернут в течение суток.", "Мгновенно на карту.",
      "Возврат на карту за один день."],
     ["На карту деньги не приходят мгновенно.", "Мошенники обещают вернуть деньги на карту мгновенно.",
      "На карту обычно около 10 рабочих дней.", "Возврат на карту не сразу, а за несколько дней."])

case("X30",
     ["Throw it away, you don't need it.", "You don't need photos for this dispute.",
      "Send the item back now before the dispute is decided.", "Dispose of the item."],
     ["Don't throw the item away until the dispute is decided.", "Never send it back before AliExpress decides.",
      "The seller will ask you to send it back first; don't.", "Keep the item and take photos and a video."],
     ["Выбросьте товар.", "Фото не нужны.", "Отправьте товар обратно сразу.", "Утилизируйте посылку."],
     ["Не выбрасывайте товар до решения спора.", "Ни в коем случае не отправляйте товар обратно до решения.",
      "Продавец попросит выслать товар сразу.", "Сохраните товар и сделайте фото и видео."])


# Whole answers (several sentences, lists): (claim, language, answer, should fire)
EXTRA = [
    ("X01", "en", "Don't wait - open a dispute now.", True),
    ("X01", "en", "Don't worry and open a dispute.", True),
    ("X01", "en", "Don't wait, just open a dispute.", True),
    ("X01", "ru", "Не волнуйтесь и откройте спор.", True),
    ("X01", "ru", "Не ждите, а откройте спор сейчас.", True),
    ("X04", "en", "Don't worry, you will definitely get your money back.", True),
    ("X04", "ru", "Не переживайте, деньги вам точно вернут.", True),
    ("X13", "en", "Since the seller promised to pay, you can close the dispute.", True),
    ("X13", "en", "Here is what to do:\n1. Close the dispute.\n2. Wait for the money.", True),
    ("X01", "en", "If the button is still there, you can open a dispute.", False),
    ("X01", "ru", "Если кнопка ещё есть, можно открыть спор.", False),
    ("X01", "en", "Open a dispute only once the order has shipped.", False),
    ("X01", "ru", "Откройте спор только если трек молчит больше 15 дней.", False),
    ("X12", "ru", "Подтверждайте получение только после проверки товара.", False),
    ("X12", "en", "Refuse to confirm receipt. Avoid confirming receipt before it arrives.", False),
    ("X13", "en", "Under no circumstances should you close the dispute.", False),
    ("X12", "ru", "Ни в коем случае не подтверждайте получение. Не спешите подтверждать получение.", False),
    ("X13", "ru", "Откажитесь закрывать спор. Не соглашайтесь закрыть спор.", False),
    ("X14", "ru", "Откажитесь, если продавец предлагает перевести деньги на карту.", False),
    ("X12", "en", "If a seller asks you to do any of this, say no:\n- close the dispute\n- confirm receipt", False),
    ("X13", "en", "If a seller asks you to do any of this, say no:\n- close the dispute\n- confirm receipt", False),
    ("X12", "ru", "Если продавец просит:\n— закрыть спор\n— подтвердить получение", False),
    ("X13", "ru", "Если продавец просит:\n— закрыть спор\n— подтвердить получение", False),
    ("X12", "en", "Your order is safe.\nConfirm receipt once the parcel is in your hands.", False),
    ("X12", "en", "Your order is safe.\nConfirm receipt now.", True),
]


# English/Russian parity (2026-12-06). For every claim: translation pairs stated positively
# (each must fire in BOTH languages), and the same pairs wrapped in a hedge, a forum report or
# "it may not be possible" (each must fire in NEITHER language). Written for this check.
PARITY = {
    "X01": [("Open a dispute now.", "Откройте спор сейчас."),
            ("You should file a refund request today.", "Вам стоит подать заявку на возврат сегодня."),
            ("Tap “Open dispute” on the order page.", "Нажмите «Открыть спор» на странице заказа."),
            ("I recommend you open a dispute right away.", "Рекомендую сразу открыть спор.")],
    "X02": [("Wait until the seller ships the parcel.", "Подождите, пока продавец отправит посылку."),
            ("You can't cancel it yet.", "Отменить заказ пока нельзя."),
            ("Give the seller a couple more days to ship.", "Дайте продавцу ещё пару дней на отправку."),
            ("The seller still has time, so hold on.", "У продавца ещё есть время, так что подождите.")],
    "X03": [("Pick “Item not received” as the reason.", "Выберите причину «Товар не получен»."),
            ("Open a not received dispute.", "Откройте спор о неполучении."),
            ("Just say you never received it.", "Просто напишите, что вы не получили товар."),
            ("Select the reason not received.", "Укажите в причине, что посылка не пришла.")],
    "X04": [("You will definitely get a refund.", "Деньги вам точно вернут."),
            ("The refund is guaranteed.", "Возврат гарантирован."),
            ("You'll certainly win this dispute.", "Вы точно выиграете этот спор."),
            ("I guarantee the dispute will go your way.", "Гарантирую, что спор решат в вашу пользу.")],
    "X05": [("The money will arrive tomorrow.", "Деньги придут завтра."),
            ("The refund will be on your card by Monday.", "Деньги поступят на карту в понедельник."),
            ("It takes exactly 7 business days.", "Это займёт ровно 7 рабочих дней."),
            ("The money will be back by the end of the week.", "Деньги вернутся к концу недели.")],
    "X06": [("You still have 2 days to open a dispute.", "У вас ещё есть 2 дня, чтобы открыть спор."),
            ("Your protection is still active.", "Защита ещё действует."),
            ("It's not too late to open a dispute.", "Ещё не поздно открыть спор."),
            ("There is still time to open a dispute.", "Вы ещё успеете открыть спор.")],
    "X07": [("Wait for the seller to respond.", "Ждите ответа продавца."),
            ("Now you wait for the seller's decision.", "Теперь дождитесь решения продавца."),
            ("The seller has 5 days to respond.", "У продавца есть 5 дней на ответ."),
            ("Wait for the seller's reply.", "Подождите ответа продавца.")],
    "X08": [("Give the courier the code from the SMS.", "Сообщите курьеру код из СМС."),
            ("Tell the operator your password.", "Назовите оператору пароль."),
            ("Read out the SMS code.", "Продиктуйте код из смс."),
            ("It is fine to give the code to support.", "Можно сообщить код поддержке.")],
    "X09": [("A coupon is the same as a refund.", "Купон — это то же самое, что возврат."),
            ("The coupon is as good as money.", "Купон равноценен деньгам."),
            ("A coupon is as good as a refund.", "Купон не хуже возврата."),
            ("Take the coupon, it's the same as money.", "Берите купон, это то же самое, что деньги.")],
    "X10": [("Open a new dispute.", "Откройте новый спор."),
            ("Open the dispute again.", "Откройте спор заново."),
            ("You can reopen the dispute later.", "Спор можно будет переоткрыть позже."),
            ("You can open a second dispute for the same item.", "Вы можете открыть второй спор по тому же товару."),
            ("Just reopen it if the seller doesn't pay.", "Просто откройте его заново, если продавец не заплатит."),
            ("File another claim next week.", "Подайте ещё одну заявку на следующей неделе.")],
    "X11": [("Pay the customs fee through the link in the SMS.", "Оплатите пошлину по ссылке из СМС."),
            ("Follow the link and pay the delivery fee.", "Перейдите по ссылке и оплатите доставку."),
            ("Click the link to pay the customs duty.", "Нажмите на ссылку, чтобы оплатить пошлину."),
            ("Pay for delivery via the link.", "Заплатите за доставку по ссылке.")],
    "X12": [("Confirm receipt now.", "Подтвердите получение сейчас."),
            ("Press “Confirm receipt”.", "Нажмите «Подтвердить получение»."),
            ("Confirm receipt so the seller sends the money.", "Подтвердите получение, чтобы продавец вернул деньги."),
            ("You can confirm receipt of the order.", "Можете подтвердить получение заказа.")],
    "X13": [("Close the dispute.", "Закройте спор."),
            ("You can cancel the dispute now.", "Можно отменить спор."),
            ("Withdraw the refund request.", "Отзовите заявку на возврат."),
            ("It's fine to close the dispute.", "Спор можно закрыть.")],
    "X14": [("Accept the refund via PayPal.", "Согласитесь на возврат через PayPal."),
            ("Pay the seller directly to his card.", "Переведите деньги продавцу на карту."),
            ("Transfer the money straight to the seller.", "Переведите деньги напрямую продавцу."),
            ("Accept the money directly from the seller.", "Примите деньги напрямую от продавца.")],
    "X15": [("You have 45 days from dispatch to open a dispute.", "У вас есть 45 дней с момента отправки, чтобы открыть спор."),
            ("The deadline is 45 days.", "Срок — 45 дней."),
            ("Open it within 45 days of shipment.", "Откройте спор в течение 45 дней после отправки."),
            ("You still have 45 days.", "У вас ещё 45 дней.")],
    "X16": [("It's too late to get a refund.", "Вернуть деньги уже слишком поздно."),
            ("There is nothing you can do now.", "Теперь ничего сделать нельзя."),
            ("You cannot get a refund any more.", "Деньги уже не вернуть."),
            ("There is no chance of a refund.", "Шансов на возврат нет.")],
    "X17": [("The refund is automatic.", "Возврат будет автоматически."),
            ("You don't need to do anything.", "Вам ничего делать не нужно."),
            ("The money will come back automatically.", "Деньги вернутся автоматически."),
            ("Just relax, the refund will come on its own.", "Деньги вернут автоматически, расслабьтесь.")],
    "X18": [("In 95% of cases the buyer wins.", "В 95% случаев покупатель выигрывает."),
            ("Your chance of a refund is 99%.", "Шансы на возврат — 99%."),
            ("The success rate is 98%.", "Вероятность успеха 98%."),
            ("100% of disputes like this succeed.", "100% таких споров решаются в пользу покупателя.")],
    "X19": [("AliExpress can send the refund to your new card.", "AliExpress может перевести деньги на новую карту."),
            ("Support will redirect the refund to a different card.", "Поддержка переведёт возврат на другую карту."),
            ("Change the refund card in your settings.", "Смените карту для возврата в профиле, и деньги придут на неё."),
            ("Link your new card and the refund will go there.", "Привяжите новую карту для возврата.")],
    "X20": [("You can withdraw the bonus balance to your card.", "Бонусный баланс можно вывести на карту."),
            ("Transfer the balance to your bank card.", "Выведите баланс на банковскую карту."),
            ("Cash out the bonus to your card.", "Выведите бонусы на карту."),
            ("The balance can be withdrawn.", "Баланс можно вывести на карту.")],
    "X21": [("Your protection will be extended automatically.", "Защита продлится автоматически."),
            ("The seller must extend the protection.", "Продавец обязан продлить защиту."),
            ("The timer is extended automatically.", "Срок защиты продлевается автоматически."),
            ("The seller will certainly extend it.", "Продавец продлит обязательно.")],
    "X22": [("You only have 3 days to escalate.", "У вас есть только 3 дня, чтобы обострить спор."),
            ("Escalation is possible only within 3 days.", "Обострение возможно только в первые три дня."),
            ("You can escalate within 3 days of opening the dispute.", "Обострить спор можно в течение 3 дней."),
            ("There is a 3-day window to escalate.", "Всего три дня на то, чтобы обострить.")],
    "X23": [("You will have to pay the return shipping.", "Вам придётся оплатить обратную доставку."),
            ("You must pay for the return.", "Вы должны оплатить пересылку обратно."),
            ("Return shipping is at your expense.", "Доставка будет за ваш счёт."),
            ("You need to pay shipping back to China.", "Нужно будет заплатить за доставку продавцу.")],
    "X24": [("Wait another 5 days.", "Подождите ещё 5 дней."),
            ("Wait a few more days before doing anything.", "Подождите ещё несколько дней."),
            ("Wait until the tracking has been quiet for 15 days.", "Подождите, пока трек не будет молчать 15 дней."),
            ("Give it another week.", "Ждите ещё неделю.")],
    "X25": [("Say the item is defective.", "Напишите, что товар бракованный."),
            ("Tell the seller it is not as described.", "Укажите, что он не соответствует описанию."),
            ("Write that the product was damaged.", "Скажите, что товар сломан."),
            ("Choose “Not as described” anyway.", "Выберите «Не соответствует описанию», даже если всё в порядке.")],
    "X26": [("Choose the reason “Seller didn't ship”.", "Выберите причину «Продавец не отправил»."),
            ("Select seller's fault as the reason.", "Укажите вину продавца."),
            ("Pick “seller is at fault” so it goes faster.", "Отметьте «по вине продавца», так быстрее."),
            ("Use the reason seller did not ship.", "Выбирайте причину «Вина продавца».")],
    "X27": [("You can appeal the decision.", "Решение можно обжаловать."),
            ("The decision can be reversed.", "Решение реально пересмотреть."),
            ("Escalate the dispute again.", "Обжалуйте решение."),
            ("Challenge the decision with support.", "Оспорьте решение в поддержке.")],
    "X28": [("It will arrive any day now.", "Вот-вот доставят."),
            ("Just wait, it's in your country.", "Просто подождите, она уже в вашей стране."),
            ("The parcel should be delivered soon.", "Посылка скоро придёт."),
            ("It's in your country, so it will come.", "Она уже в вашей стране, значит скоро придёт.")],
    "X29": [("The refund reaches your card instantly.", "Деньги придут на карту мгновенно."),
            ("It will be on your card within 24 hours.", "На карту вернут в течение суток."),
            ("The money goes back to your card the same day.", "Возврат на карту за один день."),
            ("Your card is credited immediately.", "Мгновенно на карту.")],
    "X30": [("Throw the item away.", "Выбросьте товар."),
            ("You don't need photos.", "Фото не нужны."),
            ("Send the item back now.", "Отправьте товар обратно сразу."),
            ("Dispose of the parcel.", "Утилизируйте посылку.")],
}

# (en, ru) wrappers that turn a claim into a hedge, a report or "may not be possible".
# {p} is the claim without its final full stop, first letter lowered.
WRAP_REPORT = [("Some buyers on forums say: {p}.", "Некоторые покупатели на форумах пишут: {p}."),
               ("According to some buyers, {p}.", "По словам некоторых покупателей, {p}."),
               ("On some forums people write: {p}.", "На некоторых форумах пишут: {p}.")]
WRAP_MAYNOT = [("{P}, but it may not be possible.", "{P}, но это может не получиться."),
               ("There's no guarantee it will work: {p}.", "Не факт, что получится: {p}."),
               ("{P}, though this might not work.", "{P}, хотя это может не сработать."),
               ("{P}, but it's unlikely to work.", "{P}, но вряд ли получится.")]
WRAP_AVAIL = [("Check whether the button is still there; if it is, {p}.",
               "Проверьте, есть ли ещё кнопка; если есть, {p}."),
              ("If you still see the button on the order page, {p}.",
               "Если на странице заказа ещё видна кнопка, {p}."),
              ("Is the option still shown on the order page? If so, {p}.",
               "Вариант ещё показан на странице заказа? Если да, {p}."),
              ("If the system still lets you, {p}.", "Если система ещё позволяет, {p}."),
              ("{P}, if it's still possible.", "{P}, если это ещё возможно."),
              # 2026-12-06 (adjudicate): the button named by its label in quotes, and a
              # condition joined by and/or to the countdown still running
              ("If “Open dispute” is on the order page, {p}.",
               "Если на странице заказа есть «Открыть спор», {p}."),
              ("If you were unhappy with the result and the countdown is still running, {p}.",
               "Если вас не устроил результат и таймер ещё идёт, {p}.")]
WRAP_PRESSURE = [("You will be told: {p}.", "Вам скажут: {p}."),
                 ("If you are told “{p}”, that is a con artist.", "Если вам сказали «{p}», это аферист."),
                 ("Don't be fooled by messages like “{p}”.", "Не поддавайтесь на сообщения вроде «{p}».")]
WRAP_ONLY = [("Only if the timer on the order page is still running: {p}.",
              "Только если таймер на странице заказа ещё идёт: {p}.")]


def wrappers(cid):
    """X22's claim is itself an "only within 3 days" rule and X02's is "you can't cancel while
    the timer runs", so neither gets the availability hedges; X22 gets no "only" hedge."""
    w = WRAP_REPORT + WRAP_MAYNOT + WRAP_PRESSURE
    if cid not in ("X02", "X22"):
        w = w + WRAP_AVAIL
    if cid != "X22":
        w = w + WRAP_ONLY
    return w


def wrap(fmt, sentence):
    body = sentence.rstrip(".!")
    low = body[0].lower() + body[1:]
    return fmt.format(p=low, P=body)


# Hand-written translation pairs for X01 / X10 (C13: one dispute per item, reopening uncertain):
# (claim, en, ru, should fire in both)
PARITY_EXTRA = [
    ("X10", "If you cancel the dispute, you may not be able to reopen it.",
     "Если вы отмените спор, открыть его заново может не получиться.", False),
    ("X10", "Some buyers say a dispute can be reopened while protection is active.",
     "Некоторые покупатели пишут, что спор можно открыть заново, пока действует защита.", False),
    ("X10", "Check whether the dispute button is still there; if it is, you can open a new dispute.",
     "Проверьте, есть ли ещё кнопка спора; если есть, можно открыть новый спор.", False),
    ("X10", "You can reopen the dispute only if protection is still active.",
     "Открыть спор заново можно только если защита ещё действует.", False),
    ("X10", "Opening a new dispute for the same item is not possible.",
     "Открыть новый спор по тому же товару нельзя.", False),
    ("X10", "It is impossible to open a second dispute.", "Невозможно открыть второй спор.", False),
    ("X10", "Don't count on being able to open the dispute again.",
     "Не рассчитывайте на то, что спор удастся открыть снова.", False),
    ("X10", "Assume you get one dispute per item: you may not be able to open another one.",
     "Считайте, что спор по товару один: открыть ещё один может не получиться.", False),
    ("X10", "The seller will say that you can reopen the dispute later.",
     "Продавец скажет, что спор можно будет переоткрыть позже.", False),
    ("X10", "You can always open a new dispute.", "Вы всегда можете открыть новый спор.", True),
    ("X10", "If the seller doesn't pay, open the dispute again.",
     "Если продавец не заплатит, откройте спор снова.", True),
    ("X10", "Close it now, and you can reopen the dispute later.",
     "Закройте его сейчас, а потом спор можно будет открыть заново.", True),
    ("X01", "Check whether the “Open dispute” button is still there; if it is, open a dispute now.",
     "Проверьте, есть ли ещё кнопка «Открыть спор»; если есть, откройте спор сейчас.", False),
    ("X01", "If the button is still on the order page, you can open a dispute.",
     "Если кнопка ещё есть на странице заказа, можно открыть спор.", False),
    ("X01", "Some buyers report that they could open a dispute again after it was closed.",
     "Некоторые покупатели рассказывают, что смогли открыть спор после его закрытия.", False),
    ("X01", "Opening a dispute is not possible while the order is frozen.",
     "Открыть спор, пока заказ заморожен, нельзя.", False),
    ("X01", "Open a dispute only after the seller has shipped.",
     "Откройте спор только после того, как продавец отправит заказ.", False),
    ("X01", "Open a dispute right now, today.", "Откройте спор прямо сейчас, сегодня же.", True),
    ("X01", "The seller is silent, so open a dispute now.",
     "Продавец молчит, поэтому откройте спор сейчас.", True),
    ("X01", "Don't wait, open a dispute now.", "Не ждите, откройте спор сейчас.", True),
    # 2026-12-06 (adjudicate): availability checks that name the button by its quoted label or
    # put the countdown in the condition are cancelled (C13: reopening is for the order page to
    # decide) ...
    ("X10", "If “Open dispute” is on the order page, open the dispute again.",
     "Если на странице заказа есть «Открыть спор», откройте спор заново.", False),
    ("X10", "If “Open dispute” or “Return/refund request” is still shown, you can open a new dispute.",
     "Если «Открыть спор» или «Вернуть деньги» ещё видна, можно открыть новый спор.", False),
    ("X10", "If the dispute was closed by mistake and the countdown is still running, open a new dispute.",
     "Если спор закрыт по ошибке и таймер ещё идёт, откройте новый спор.", False),
    ("X01", "If you still see “Return/refund request”, open a dispute now.",
     "Если вы ещё видите «Вернуть деньги», откройте спор сейчас.", False),
    ("X01", "When “Open dispute” appears on the order page, open a dispute.",
     "Когда на странице заказа появится «Открыть спор», откройте спор.", False),
    ("X01", "If the order page has “Return/refund request” and the timer is still on, file a refund request.",
     "Если на странице заказа есть «Оформить возврат» и таймер ещё идёт, подайте заявку на возврат.", False),
    # ... while a quoted label or a running countdown that is no condition still fires
    ("X01", "If the seller doesn't reply, tap “Open dispute” now.",
     "Если продавец не отвечает, нажмите «Открыть спор» сейчас.", True),
    ("X01", "If the seller is silent, press “Return/refund request” on the order page.",
     "Если продавец молчит, нажмите «Вернуть деньги» на странице заказа.", True),
    ("X10", "The countdown is still running, so open the dispute again.",
     "Таймер ещё идёт, так что откройте спор заново.", True),
    ("X10", "Open a new dispute: “Open dispute” is on the order page.",
     "Откройте новый спор: «Открыть спор» есть на странице заказа.", True),
    ("X10", "If the seller breaks the promise, open a new dispute and attach the chat.",
     "Если продавец нарушит обещание, откройте новый спор и приложите переписку.", True),
    ("X01", "The timer is still on and the seller is silent, so open a dispute now.",
     "Таймер ещё идёт, а продавец молчит, поэтому откройте спор сейчас.", True),
    ("X12", "If “Confirm receipt” is on the order page, confirm receipt now.",
     "Если на странице заказа есть «Подтвердить получение», подтвердите получение.", True),
]


def check_parity(claims, fails, counts):
    for cid, pairs in PARITY.items():
        for en, ru in pairs:
            for lang, s in (("en", en), ("ru", ru)):
                counts["pos"] += 1
                if not fires(claims[cid], lang, s):
                    fails.append("%s %s PARITY MISSED: %s" % (cid, lang, s))
            for fen, fru in wrappers(cid):
                for lang, s in (("en", wrap(fen, en)), ("ru", wrap(fru, ru))):
                    counts["neg"] += 1
                    if fires(claims[cid], lang, s):
                        fails.append("%s %s PARITY FALSE HIT: %s" % (cid, lang, s))
    for cid, en, ru, want in PARITY_EXTRA:
        for lang, s in (("en", en), ("ru", ru)):
            counts["pos" if want else "neg"] += 1
            if fires(claims[cid], lang, s) != want:
                fails.append("%s %s PARITY %s: %s" % (cid, lang, "MISSED" if want else "FALSE HIT", s))


def main():
    claims = load()
    fails, counts = [], {"pos": 0, "neg": 0}
    missing = [c for c in claims if c not in CASES]
    for cid, langs in CASES.items():
        for lang, (pos, neg) in langs.items():
            if len(pos) < 4 or len(neg) < 4:
                fails.append("%s %s: fewer than 4 positives or negatives" % (cid, lang))
            for s in pos:
                counts["pos"] += 1
                if not fires(claims[cid], lang, s):
                    fails.append("%s %s MISSED: %s" % (cid, lang, s))
            for s in neg:
                counts["neg"] += 1
                if fires(claims[cid], lang, s):
                    fails.append("%s %s FALSE HIT: %s" % (cid, lang, s))
    for cid, lang, answer, want in EXTRA:
        counts["pos" if want else "neg"] += 1
        if fires(claims[cid], lang, answer) != want:
            fails.append("%s %s %s: %r" % (cid, lang, "MISSED" if want else "FALSE HIT", answer))
    check_parity(claims, fails, counts)
    for m in missing:
        fails.append("%s has no cases" % m)
    for f in fails:
        print(f)
    print("%d claims, %d positive and %d negative checks, %d failures"
          % (len(CASES), counts["pos"], counts["neg"], len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
