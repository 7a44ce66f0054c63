// OrderListModel against a real license-server with the demo orders, under QAbstractItemModelTester: the
// demo's fulfilled, awaiting and declined orders with their words and totals, sorting, a new order after a
// refresh, cancelling it, and a failed load when the server is gone.
#include "CheckoutText.h"
#include "DemoAccount.h"
#include "OrderListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace lp;
using proto::Order;
using proto::OrderStatus;
using proto::PaymentMethod;

namespace {
constexpr int kWait = DemoAccount::kWait;

bool load(OrderListModel& model)
{
    QSignalSpy loaded(&model, &OrderListModel::loaded);
    model.refresh();
    return loaded.wait(kWait);
}

int rowWhere(const OrderListModel& model, OrderStatus status, PaymentMethod method)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const Order order = model.orderAt(row);
        if (order.status == status && order.paymentMethod == method) {
            return row;
        }
    }
    return -1;
}

QString text(const OrderListModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestOrderListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_demo.start());
    }

    void demoOrdersWithStatusesAndTotals()
    {
        OrderListModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.hasLoaded());
        QSignalSpy loading(&model, &OrderListModel::loadingChanged);
        QVERIFY(load(model));
        QVERIFY(model.hasLoaded());
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QVERIFY(model.rowCount() >= 3);
        QCOMPARE(model.columnCount(), int(OrderListModel::ColumnCount));

        const int fulfilled = rowWhere(model, OrderStatus::Fulfilled, PaymentMethod::Card);
        const int awaiting = rowWhere(model, OrderStatus::AwaitingPayment, PaymentMethod::WireTransfer);
        const int declined = rowWhere(model, OrderStatus::Declined, PaymentMethod::Card);
        QVERIFY(fulfilled >= 0);
        QVERIFY(awaiting >= 0);
        QVERIFY(declined >= 0);

        QCOMPARE(text(model, fulfilled, OrderListModel::Status), QStringLiteral("Fulfilled"));
        QCOMPARE(text(model, awaiting, OrderListModel::Status), QStringLiteral("Awaiting payment"));
        QCOMPARE(text(model, declined, OrderListModel::Status), QStringLiteral("Declined"));
        QCOMPARE(text(model, awaiting, OrderListModel::Method), QStringLiteral("Wire transfer"));
        QCOMPARE(text(model, fulfilled, OrderListModel::Method), QStringLiteral("Credit card"));
        QVERIFY(model.orderAt(fulfilled).receipt.has_value());
        QVERIFY(model.orderAt(awaiting).invoice.has_value());
        QVERIFY(model.orderAt(declined).failure.has_value());
        QVERIFY(!model.index(declined, OrderListModel::Status).data(Qt::ToolTipRole).toString().isEmpty());

        for (int row = 0; row < model.rowCount(); ++row) {
            const Order order = model.index(row, 0).data(OrderListModel::OrderRole).value<Order>();
            QCOMPARE(order.id, model.index(row, 3).data(OrderListModel::IdRole).toString());
            QCOMPARE(model.index(row, 0).data(OrderListModel::StatusRole).toInt(), int(order.status));
            QCOMPARE(text(model, row, OrderListModel::Total),
                     CheckoutText::money(order.total, order.currency));
            QVERIFY(text(model, row, OrderListModel::Key).contains(order.product));
            QVERIFY(text(model, row, OrderListModel::Key).contains(order.handshakeCode));
            QVERIFY(!text(model, row, OrderListModel::What).isEmpty());
            QCOMPARE(text(model, row, OrderListModel::What), OrderListModel::itemsText(order));
            QVERIFY(!text(model, row, OrderListModel::Date).isEmpty());
            // Newest first.
            if (row > 0) {
                QVERIFY(model.orderAt(row - 1).createdAt >= order.createdAt);
            }
        }
        QVERIFY(OrderListModel::canCancel(model.orderAt(awaiting)));
        QVERIFY(!OrderListModel::canCancel(model.orderAt(fulfilled)));
        QVERIFY(!OrderListModel::canCancel(model.orderAt(declined)));
        QCOMPARE(model.headerData(OrderListModel::Total, Qt::Horizontal).toString(), QStringLiteral("Total"));
    }

    void sortsByAnyColumnAndKeepsSelection()
    {
        OrderListModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        const QString firstId = model.orderAt(0).id;
        const QPersistentModelIndex first = model.index(0, OrderListModel::Key);

        model.sort(OrderListModel::Date, Qt::AscendingOrder);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.orderAt(row - 1).createdAt <= model.orderAt(row).createdAt);
        }
        QCOMPARE(first.data(OrderListModel::IdRole).toString(), firstId);
        QCOMPARE(first.row(), model.rowOf(firstId));

        model.sort(OrderListModel::Total, Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.orderAt(row - 1).total >= model.orderAt(row).total);
        }
        // A reload keeps the chosen order.
        QVERIFY(load(model));
        QCOMPARE(model.sortColumn(), int(OrderListModel::Total));
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.orderAt(row - 1).total >= model.orderAt(row).total);
        }
        model.sort(OrderListModel::Date, Qt::DescendingOrder);
        QCOMPARE(model.orderAt(0).id, firstId);
    }

    void refreshShowsANewOrderAndCancelsIt()
    {
        OrderListModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        const int before = model.rowCount();

        // A wire-transfer renewal, placed the way checkout places it.
        const proto::License license = m_demo.license(QStringLiteral("Document Normalizer SDK"));
        QVERIFY(!license.id.isEmpty());
        ApiJob* quoteJob = m_demo.api().createQuote({license.id, {proto::QuoteItem::renewal(1)}});
        QSignalSpy quoted(quoteJob, &ApiJob::finished);
        QVERIFY(quoted.wait(kWait));
        QVERIFY2(quoteJob->succeeded(), qPrintable(quoteJob->error().userMessage()));
        const proto::Quote quote = *quoteJob->value<proto::Quote>();
        proto::OrderRequest request;
        request.quoteId = quote.id;
        request.paymentMethod = PaymentMethod::WireTransfer;
        ApiJob* orderJob
            = m_demo.api().createOrder(request, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSignalSpy ordered(orderJob, &ApiJob::finished);
        QVERIFY(ordered.wait(kWait));
        QVERIFY2(orderJob->succeeded(), qPrintable(orderJob->error().userMessage()));
        const Order placed = *orderJob->value<Order>();

        QVERIFY(load(model));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.rowOf(placed.id), 0); // the newest
        QCOMPARE(text(model, 0, OrderListModel::Status), QStringLiteral("Awaiting payment"));
        QCOMPARE(text(model, 0, OrderListModel::Method), QStringLiteral("Wire transfer"));
        QCOMPARE(text(model, 0, OrderListModel::Total), CheckoutText::money(quote.total, quote.currency));
        QCOMPARE(text(model, 0, OrderListModel::What), CheckoutText::item(proto::QuoteItem::renewal(1)));
        QVERIFY(model.orderAt(0).invoice.has_value());
        QVERIFY(OrderListModel::canCancel(model.orderAt(0)));

        // Cancelled: the answer replaces the row in place.
        QSignalSpy cancelled(&model, &OrderListModel::orderCancelled);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.cancelOrder(placed.id);
        QVERIFY(model.isCancelling());
        QVERIFY(cancelled.wait(kWait));
        QVERIFY(!model.isCancelling());
        QCOMPARE(cancelled.first().first().value<Order>().status, OrderStatus::Cancelled);
        QCOMPARE(text(model, 0, OrderListModel::Status), QStringLiteral("Cancelled"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(!OrderListModel::canCancel(model.orderAt(0)));
        QCOMPARE(model.rowCount(), before + 1);

        // The server agrees.
        QVERIFY(load(model));
        QCOMPARE(model.orderAt(model.rowOf(placed.id)).status, OrderStatus::Cancelled);
    }

    void aNewerRefreshWins()
    {
        OrderListModel model(&m_demo.api());
        QSignalSpy loaded(&model, &OrderListModel::loaded);
        QSignalSpy loading(&model, &OrderListModel::loadingChanged);
        model.refresh();
        model.refresh();
        QVERIFY(loaded.wait(kWait));
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loading.count(), 2); // on, off: the second refresh does not blink
        QVERIFY(model.rowCount() >= 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasLoaded());
    }

    // Last: it stops the server.
    void failedLoadKeepsRowsAndSaysWhy()
    {
        OrderListModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model));
        const int rows = model.rowCount();
        m_demo.server().stop();
        m_demo.api().setTransferTimeout(std::chrono::milliseconds(3000));
        QSignalSpy failed(&model, &OrderListModel::loadFailed);
        QSignalSpy loaded(&model, &OrderListModel::loaded);
        model.refresh();
        QVERIFY(failed.wait(kWait));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!model.isLoading());
        const ApiError error = failed.first().first().value<ApiError>();
        QVERIFY(error.isError());
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(model.rowCount(), rows);

        // Cancelling fails the same way, and says so.
        QSignalSpy cancelFailed(&model, &OrderListModel::cancelFailed);
        model.cancelOrder(model.orderAt(0).id);
        QVERIFY(cancelFailed.wait(kWait));
        QVERIFY(!model.isCancelling());
    }

private:
    DemoAccount m_demo;
};

QTEST_GUILESS_MAIN(TestOrderListModel)
#include "test_orderlistmodel.moc"
