// writeOrderPdf: a real PDF of the pro-forma invoice and of the receipt, and nothing at all when the file
// cannot be written or the order has no document.
#include "OrderDocument.h"
#include "OrderPdf.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lp;
using proto::Order;

namespace {
const QDateTime kCreated(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Order invoiceOrder()
{
    Order order;
    order.id = QStringLiteral("ord_1");
    order.product = QStringLiteral("Document Normalizer SDK <b>&</b>");
    order.handshakeCode = QStringLiteral("100000-100003");
    order.status = proto::OrderStatus::AwaitingPayment;
    order.paymentMethod = proto::PaymentMethod::WireTransfer;
    proto::QuoteLine line;
    line.item = proto::QuoteItem::renewal(1);
    line.coversFrom = kCreated.addDays(18);
    line.coversUntil = kCreated.addDays(18 + 365);
    line.listPrice = line.amount = 120000;
    order.items = {line};
    order.total = 120000;
    order.currency = QStringLiteral("EUR");
    order.createdAt = order.updatedAt = kCreated;
    order.invoice = proto::ProFormaInvoice {QStringLiteral("PF-2026-000042"),
                                            kCreated,
                                            kCreated.addDays(30),
                                            QStringLiteral("LP-7F3A-9C21"),
                                            QStringLiteral("LicensePortal Demo GmbH"),
                                            QStringLiteral("Demo Bank AG"),
                                            QStringLiteral("DE89 3704 0044 0532 0130 00"),
                                            QStringLiteral("COBADEFFXXX"),
                                            {}};
    return order;
}

Order receiptOrder()
{
    Order order = invoiceOrder();
    order.status = proto::OrderStatus::Fulfilled;
    order.paymentMethod = proto::PaymentMethod::Card;
    order.invoice.reset();
    order.receipt = proto::Receipt {QStringLiteral("RC-2026-000007"), kCreated.addSecs(30),
                                    QStringLiteral("Visa •••• 4242")};
    return order;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}
} // namespace

class TestOrderPdf : public QObject
{
    Q_OBJECT

private slots:
    void writesARealPdf_data()
    {
        QTest::addColumn<bool>("invoice");
        QTest::newRow("invoice") << true;
        QTest::newRow("receipt") << false;
    }
    void writesARealPdf()
    {
        QFETCH(bool, invoice);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Order order = invoice ? invoiceOrder() : receiptOrder();
        const QString path = dir.filePath(OrderDocument::suggestedFileName(order));
        QString error;
        QVERIFY2(ui::writeOrderPdf(order, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 5000, qPrintable(QString::number(bytes.size())));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // A4 portrait: 595 x 842 points.
        QVERIFY(bytes.contains("/MediaBox [0 0 595"));
        QVERIFY(bytes.contains("/Title"));
        // Only the document: the save went through a temporary file that is gone.
        QCOMPARE(filesIn(dir.path()), QStringList {QFileInfo(path).fileName()});
    }

    void replacesAnExistingFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content that must not survive at the end of the new file");
        }
        QString error;
        QVERIFY(ui::writeOrderPdf(invoiceOrder(), path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(!bytes.contains("old content"));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        // A folder that does not exist, and a path that is a folder.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/invoice.pdf"));
        QString error;
        QVERIFY(!ui::writeOrderPdf(invoiceOrder(), missing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
        error.clear();
        QVERIFY(!ui::writeOrderPdf(invoiceOrder(), dir.filePath(QStringLiteral("taken.pdf")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void orderWithoutDocumentWritesNothing()
    {
        QTemporaryDir dir;
        Order declined = receiptOrder();
        declined.status = proto::OrderStatus::Declined;
        declined.receipt.reset();
        const QString path = dir.filePath(QStringLiteral("x.pdf"));
        QString error;
        QVERIFY(!ui::writeOrderPdf(declined, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        // The error pointer is optional.
        QVERIFY(!ui::writeOrderPdf(declined, path, nullptr));
    }
};

QTEST_MAIN(TestOrderPdf)
#include "test_orderpdf.moc"
