// OrderDocument: the pro-forma invoice and the receipt as HTML carry the numbers a payment or a bookkeeper
// needs, escape every string from the server, and orders without a document have none.
#include "DisplayDate.h"
#include "OrderDocument.h"

#include <QtTest>

using namespace lp;
using proto::Order;

namespace {
const QDateTime kCreated(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

proto::QuoteLine renewalLine()
{
    proto::QuoteLine line;
    line.item = proto::QuoteItem::renewal(2);
    line.coversFrom = QDateTime(QDate(2026, 3, 19), QTime(0, 0), Qt::UTC);
    line.coversUntil = QDateTime(QDate(2028, 3, 19), QTime(0, 0), Qt::UTC);
    line.listPrice = 240000;
    line.discount = 24000;
    line.amount = 216000;
    return line;
}

proto::QuoteLine devicesLine()
{
    proto::QuoteLine line;
    line.item = proto::QuoteItem::addDevices(50);
    line.listPrice = 123450;
    line.amount = 123450;
    return line;
}

Order baseOrder()
{
    Order order;
    order.id = QStringLiteral("ord_7f3a");
    order.licenseId = QStringLiteral("lic_1");
    order.product = QStringLiteral("Document Normalizer SDK");
    order.handshakeCode = QStringLiteral("100000-100003");
    order.items = {renewalLine(), devicesLine()};
    order.total = 216000 + 123450;
    order.currency = QStringLiteral("EUR");
    order.createdAt = kCreated;
    order.updatedAt = kCreated;
    return order;
}

Order wireOrder()
{
    Order order = baseOrder();
    order.status = proto::OrderStatus::AwaitingPayment;
    order.paymentMethod = proto::PaymentMethod::WireTransfer;
    proto::ProFormaInvoice invoice;
    invoice.number = QStringLiteral("PF-2026-000042");
    invoice.issuedAt = kCreated;
    invoice.dueAt = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    invoice.paymentReference = QStringLiteral("LP-7F3A-9C21");
    invoice.payee = QStringLiteral("LicensePortal Demo GmbH");
    invoice.bankName = QStringLiteral("Demo Bank AG");
    invoice.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    invoice.bic = QStringLiteral("COBADEFFXXX");
    order.invoice = invoice;
    return order;
}

Order receiptOrder()
{
    Order order = baseOrder();
    order.status = proto::OrderStatus::Fulfilled;
    order.paymentMethod = proto::PaymentMethod::Card;
    order.receipt = proto::Receipt {QStringLiteral("RC-2026-000007"),
                                    QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC),
                                    QStringLiteral("Visa •••• 4242")};
    proto::LicenseTerms result;
    result.termStart = QDateTime(QDate(2025, 3, 19), QTime(0, 0), Qt::UTC);
    result.termEnd = QDateTime(QDate(2028, 3, 19), QTime(0, 0), Qt::UTC);
    result.deviceAllowance = 150;
    result.deviceRefreshMonths = 6;
    order.result = result;
    return order;
}
} // namespace

class TestOrderDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void invoiceCarriesThePaymentDetails()
    {
        const Order order = wireOrder();
        QCOMPARE(OrderDocument::kindOf(order), OrderDocument::Kind::Invoice);
        QCOMPARE(OrderDocument::title(order), QStringLiteral("Pro-forma invoice PF-2026-000042"));
        QCOMPARE(OrderDocument::suggestedFileName(order), QStringLiteral("Invoice PF-2026-000042.pdf"));
        const QString html = OrderDocument::html(order);
        for (const QString& expected : QStringList {
                 QStringLiteral("PF-2026-000042"),
                 QStringLiteral("LP-7F3A-9C21"),
                 QStringLiteral("LicensePortal Demo GmbH"),
                 QStringLiteral("Demo Bank AG"),
                 QStringLiteral("DE89 3704 0044 0532 0130 00"),
                 QStringLiteral("COBADEFFXXX"),
                 displayDate(order.invoice->dueAt),
                 displayDate(order.invoice->issuedAt),
                 QStringLiteral("Document Normalizer SDK"),
                 QStringLiteral("100000-100003"),
                 QStringLiteral("Renewal for 2 year(s)"),
                 QStringLiteral("50 more device(s)"),
                 QStringLiteral("€2,400.00"), // list price
                 QStringLiteral("-€240.00"), // discount
                 QStringLiteral("€2,160.00"),
                 QStringLiteral("€1,234.50"),
                 QStringLiteral("€3,394.50"), // total
                 displayDate(order.items.at(0).coversFrom) + QStringLiteral(" – ")
                     + displayDate(order.items.at(0).coversUntil),
                 QStringLiteral("Wire transfer"),
             }) {
            QVERIFY2(html.contains(expected), qPrintable(expected));
        }
        QVERIFY(!html.contains(QStringLiteral("Mail the check to")));
        QVERIFY(!html.contains(QStringLiteral("Receipt number")));
    }

    void checkInvoiceHasTheMailingAddress()
    {
        Order order = wireOrder();
        order.paymentMethod = proto::PaymentMethod::Check;
        order.invoice->bankName.clear();
        order.invoice->iban.clear();
        order.invoice->bic.clear();
        order.invoice->mailingAddress
            = QStringLiteral("LicensePortal Demo GmbH\nPostfach 12 34\n10115 Berlin");
        const QString html = OrderDocument::html(order);
        QVERIFY(html.contains(QStringLiteral("Mail the check to")));
        QVERIFY(html.contains(QStringLiteral("Postfach 12 34<br>10115 Berlin")));
        QVERIFY(!html.contains(QStringLiteral("IBAN")));
        QVERIFY(html.contains(QStringLiteral("LP-7F3A-9C21")));
    }

    void receiptCarriesPaymentAndNewTerms()
    {
        const Order order = receiptOrder();
        QCOMPARE(OrderDocument::kindOf(order), OrderDocument::Kind::Receipt);
        QCOMPARE(OrderDocument::title(order), QStringLiteral("Receipt RC-2026-000007"));
        QCOMPARE(OrderDocument::suggestedFileName(order), QStringLiteral("Receipt RC-2026-000007.pdf"));
        const QString html = OrderDocument::html(order);
        for (const QString& expected : QStringList {
                 QStringLiteral("RC-2026-000007"),
                 displayDate(order.receipt->paidAt),
                 QStringLiteral("Visa •••• 4242"),
                 QStringLiteral("€3,394.50"),
                 displayDate(order.result->termStart) + QStringLiteral(" – ")
                     + displayDate(order.result->termEnd),
                 QStringLiteral("150"),
                 QStringLiteral("Every 6 month(s)"),
                 QStringLiteral("The handshake code 100000-100003 is unchanged"),
             }) {
            QVERIFY2(html.contains(expected), qPrintable(expected));
        }
        QVERIFY(!html.contains(QStringLiteral("Payment reference")));
        QVERIFY(!html.contains(QStringLiteral("IBAN")));
    }

    void paidWireOrderGetsAReceiptNotTheInvoice()
    {
        Order order = wireOrder();
        order.status = proto::OrderStatus::Paid;
        order.receipt = proto::Receipt {QStringLiteral("RC-2026-000008"), kCreated.addDays(3),
                                        QStringLiteral("Wire transfer, reference LP-7F3A-9C21")};
        QCOMPARE(OrderDocument::kindOf(order), OrderDocument::Kind::Receipt);
        QVERIFY(OrderDocument::html(order).contains(QStringLiteral("RC-2026-000008")));
        QVERIFY(!OrderDocument::html(order).contains(QStringLiteral("Pro-forma")));
    }

    void endsHaveNoDocument_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("declined") << int(proto::OrderStatus::Declined);
        QTest::newRow("cancelled") << int(proto::OrderStatus::Cancelled);
        QTest::newRow("expired") << int(proto::OrderStatus::Expired);
    }
    void endsHaveNoDocument()
    {
        QFETCH(int, status);
        Order order = wireOrder(); // still carries its invoice
        order.status = proto::OrderStatus(status);
        order.failure
            = proto::PaymentFailure {QStringLiteral("payment_overdue"), QStringLiteral("Too late.")};
        QCOMPARE(OrderDocument::kindOf(order), OrderDocument::Kind::None);
        QVERIFY(OrderDocument::html(order).isEmpty());
        QVERIFY(OrderDocument::title(order).isEmpty());
        QVERIFY(OrderDocument::suggestedFileName(order).isEmpty());
        // An awaiting card or PayPal order has no invoice either.
        Order card = baseOrder();
        card.status = proto::OrderStatus::AwaitingPayment;
        card.paymentMethod = proto::PaymentMethod::PayPal;
        QCOMPARE(OrderDocument::kindOf(card), OrderDocument::Kind::None);
    }

    void escapesEveryServerString()
    {
        const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> & \"Co\"</td></table><h1>x");
        Order order = wireOrder();
        order.product = hostile;
        order.handshakeCode = QStringLiteral("<b>100000</b>");
        order.invoice->payee = hostile;
        order.invoice->paymentReference = QStringLiteral("<script>ref</script>");
        order.invoice->number = QStringLiteral("PF/../<i>1</i>");
        const QString html = OrderDocument::html(order);
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<b>100000")));
        QVERIFY(!html.contains(QStringLiteral("<i>1")));
        QVERIFY(!html.contains(QStringLiteral("</td></table><h1>x")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;ref&lt;/script&gt;")));
        // The file name keeps no path separators or markup characters.
        const QString name = OrderDocument::suggestedFileName(order);
        QVERIFY(!name.contains(QLatin1Char('/')));
        QVERIFY(!name.contains(QLatin1Char('<')));
        QVERIFY(name.endsWith(QStringLiteral(".pdf")));

        Order receipt = receiptOrder();
        receipt.receipt->paidWith = hostile;
        receipt.product = hostile;
        const QString receiptHtml = OrderDocument::html(receipt);
        QVERIFY(!receiptHtml.contains(QStringLiteral("<img")));
        QVERIFY(receiptHtml.contains(QStringLiteral("&lt;img")));
    }
};

QTEST_GUILESS_MAIN(TestOrderDocument)
#include "test_orderdocument.moc"
