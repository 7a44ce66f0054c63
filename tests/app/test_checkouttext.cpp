// Money and order words as the wizard, the orders pane and the documents show them.
#include "CheckoutText.h"

#include <QtTest>

using lp::CheckoutText;
using lp::proto::QuoteItem;

class TestCheckoutText : public QObject
{
    Q_OBJECT
private slots:
    void moneyIsExactInTheLocalesPattern_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("en EUR") << "en_US" << qint64(123450) << "EUR" << QString::fromUtf8("€1,234.50");
        QTest::newRow("en USD cents") << "en_US" << qint64(5) << "USD"
                                      << "$0.05";
        QTest::newRow("de EUR") << "de_DE" << qint64(123450) << "EUR" << QString::fromUtf8("1.234,50\u00a0€");
        QTest::newRow("en negative") << "en_US" << qint64(-24000) << "EUR" << QString::fromUtf8("-€240.00");
        QTest::newRow("de negative") << "de_DE" << qint64(-24000) << "EUR"
                                     << QString::fromUtf8("-240,00\u00a0€");
        QTest::newRow("unknown code") << "en_US" << qint64(100) << "CHF"
                                      << "CHF1.00";
        // Far beyond a double's exact cents: still exact.
        QTest::newRow("large") << "en_US" << qint64(900719925474099199) << "USD"
                               << "$9,007,199,254,740,991.99";
    }

    void moneyIsExactInTheLocalesPattern()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(CheckoutText::money(minor, currency, QLocale(locale)), text);
    }

    void itemsInWords()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        QCOMPARE(CheckoutText::item(QuoteItem::addQuota(10000), lp::proto::QuotaPeriod::Monthly, english),
                 "10,000 more scans per month");
        QCOMPARE(CheckoutText::item(QuoteItem::addQuota(1000), lp::proto::QuotaPeriod::Annual, english),
                 "1,000 more scans per year");
        QCOMPARE(CheckoutText::item(QuoteItem::addQuota(1000), std::nullopt, english),
                 "1,000 more scans per quota period");
        QVERIFY(CheckoutText::item(QuoteItem::renewal(2)).contains("2"));
        QVERIFY(CheckoutText::item(QuoteItem::addDevices(1500)).contains("1,500"));
        QVERIFY(CheckoutText::item(QuoteItem::refreshCadence(6)).contains("6"));
        QCOMPARE(CheckoutText::status(lp::proto::OrderStatus::AwaitingPayment), "Awaiting payment");
        QCOMPARE(CheckoutText::method(lp::proto::PaymentMethod::WireTransfer), "Wire transfer");
    }
};

QTEST_GUILESS_MAIN(TestCheckoutText)
#include "test_checkouttext.moc"
