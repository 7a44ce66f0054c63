// The orders pane as a user drives it, offscreen, against a real demo server: Ctrl+4, the demo's orders
// with their details (receipt, pro-forma invoice, why a card was declined), an invoice saved as PDF,
// cancelling the awaiting wire transfer (after a question), the upcoming renewals with their one-click
// renewal opening the checkout preset to a year, the empty renewals state, reloading after checkout
// changed an order, and a failed reload when the server is gone.
#include "ApiClient.h"
#include "CheckoutWizard.h"
#include "Clock.h"
#include "DemoSignIn.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "OrderListModel.h"
#include "OrdersPane.h"
#include "PortalController.h"
#include "RenewalsModel.h"
#include "TestServer.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using lp::OrderListModel;
using lp::proto::Order;
using lp::proto::OrderStatus;
using lp::proto::PaymentMethod;
using lp::ui::PortalController;

namespace {
constexpr int kWait = 20000;
} // namespace

class TestOrdersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrl4ShowsTheOrders();
    void fulfilledOrderShowsItsReceipt();
    void wireOrderShowsItsInvoiceAndSavesItAsPdf();
    void declinedOrderSaysWhy();
    void cancellingAsksFirst();
    void upcomingRenewalsListEveryKeyInTheWindow();
    void renewButtonOpensTheCheckoutForAYear();
    void noRenewalsSaysSo();
    void checkoutChangesReloadTheList();
    // Last: it stops the server.
    void failedReloadSaysWhy();

private:
    template<typename T>
    T* child(const char* name)
    {
        return m_pane->findChild<T*>(QLatin1String(name));
    }
    QString text(const char* label) { return child<QLabel>(label)->text(); }
    bool shown(const char* name) { return child<QWidget>(name)->isVisible(); }
    // Selects the first order with this status and method; false if the list has none.
    bool select(OrderStatus status, PaymentMethod method);

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    lp::ui::OrdersPane* m_pane = nullptr;
    OrderListModel* m_orders = nullptr;
};

void TestOrdersPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("portal.ini"));
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    m_pane = m_portal->ordersPane();
    m_orders = m_portal->orderModel();
    QVERIFY(m_pane);
    QCOMPARE(m_pane->objectName(), QStringLiteral("ordersPane"));
    QVERIFY(QTest::qWaitForWindowExposed(m_portal->mainWindow()));
    m_portal->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_portal->mainWindow()));
}

void TestOrdersPane::cleanupTestCase()
{
    m_portal.reset();
}

bool TestOrdersPane::select(OrderStatus status, PaymentMethod method)
{
    for (int row = 0; row < m_orders->rowCount(); ++row) {
        const Order order = m_orders->orderAt(row);
        if (order.status == status && order.paymentMethod == method) {
            m_pane->table()->setFocus();
            m_pane->table()->selectRow(row);
            return m_pane->currentOrder() && m_pane->currentOrder()->id == order.id;
        }
    }
    return false;
}

void TestOrdersPane::ctrl4ShowsTheOrders()
{
    // Not loaded before the pane is shown.
    QVERIFY(!m_orders->hasLoaded());
    // The fourth pane: Ctrl+4.
    QCOMPARE(m_portal->mainWindow()->findChild<QStackedWidget*>(QStringLiteral("paneStack"))->indexOf(m_pane),
             3);
    QTest::keyClick(m_portal->mainWindow(), Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY(m_pane->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_orders->hasLoaded() && !m_orders->isLoading(), kWait);
    QVERIFY(m_orders->rowCount() >= 3);
    QCOMPARE(m_pane->table()->model(), m_orders);
    QVERIFY(m_pane->table()->isVisible());
    QVERIFY(!shown("ordersBusyBar"));
    // The newest order is selected and shown at once.
    QVERIFY(m_pane->currentOrder());
    QCOMPARE(m_pane->currentOrder()->id, m_orders->orderAt(0).id);
    QVERIFY(shown("orderTitleLabel"));
    QCOMPARE(text("orderTitleLabel"), OrderListModel::itemsText(m_orders->orderAt(0)));
}

void TestOrdersPane::fulfilledOrderShowsItsReceipt()
{
    QVERIFY(select(OrderStatus::Fulfilled, PaymentMethod::Card));
    const Order order = *m_pane->currentOrder();
    QVERIFY(order.receipt);
    QVERIFY(text("orderStatusLabel").contains(QStringLiteral("Fulfilled")));
    QCOMPARE(text("orderMethodLabel"), QStringLiteral("Credit card"));
    QCOMPARE(text("orderKeyLabel"), order.product);
    QCOMPARE(text("orderHandshakeCodeLabel"), order.handshakeCode);
    QVERIFY(shown("orderReceiptNumberLabel"));
    QCOMPARE(text("orderReceiptNumberLabel"), order.receipt->number);
    QCOMPARE(text("orderPaidWithLabel"), order.receipt->paidWith);
    QVERIFY(!shown("orderIbanLabel"));
    QVERIFY(!shown("orderFailureLabel"));
    QVERIFY(text("orderLinesLabel").contains(QStringLiteral("Total")));
    QVERIFY(text("orderNoteLabel").contains(order.handshakeCode));
    auto* receipt = child<QPushButton>("saveReceiptButton");
    QVERIFY(receipt->isVisible() && receipt->isEnabled());
    QVERIFY(!shown("saveInvoiceButton"));
    QVERIFY(!shown("cancelOrderButton"));

    // The receipt as PDF, through the same code as the button (which asks for the path first).
    const QString path = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QSignalSpy message(m_pane, &lp::ui::OrdersPane::message);
    QVERIFY(m_pane->saveDocumentTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(message.count(), 1);
}

void TestOrdersPane::wireOrderShowsItsInvoiceAndSavesItAsPdf()
{
    QVERIFY(select(OrderStatus::AwaitingPayment, PaymentMethod::WireTransfer));
    const Order order = *m_pane->currentOrder();
    QVERIFY(order.invoice);
    QVERIFY(text("orderStatusLabel").contains(QStringLiteral("Awaiting payment")));
    QCOMPARE(text("orderMethodLabel"), QStringLiteral("Wire transfer"));
    QVERIFY(shown("orderIbanLabel"));
    QCOMPARE(text("orderIbanLabel"), order.invoice->iban);
    QCOMPARE(text("orderReferenceLabel"), order.invoice->paymentReference);
    QCOMPARE(text("orderPayeeLabel"), order.invoice->payee);
    QCOMPARE(text("orderInvoiceNumberLabel"), order.invoice->number);
    QVERIFY(!shown("orderAddressLabel"));
    QVERIFY(!shown("orderReceiptNumberLabel"));
    auto* invoice = child<QPushButton>("saveInvoiceButton");
    QVERIFY(invoice->isVisible() && invoice->isEnabled());
    QVERIFY(!shown("saveReceiptButton"));
    auto* cancel = child<QPushButton>("cancelOrderButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());

    const QString path = m_dir.filePath(QStringLiteral("invoice.pdf"));
    QVERIFY(m_pane->saveDocumentTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 5000);
    // A path that cannot be written: false, said, and no file.
    QSignalSpy message(m_pane, &lp::ui::OrdersPane::message);
    QVERIFY(!m_pane->saveDocumentTo(m_dir.filePath(QStringLiteral("missing/folder/invoice.pdf"))));
    QCOMPARE(message.count(), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/folder/invoice.pdf"))));
}

void TestOrdersPane::declinedOrderSaysWhy()
{
    QVERIFY(select(OrderStatus::Declined, PaymentMethod::Card));
    const Order order = *m_pane->currentOrder();
    QVERIFY(order.failure);
    QVERIFY(shown("orderFailureLabel"));
    QCOMPARE(text("orderFailureLabel"), order.failure->message);
    QVERIFY(text("orderStatusLabel").contains(QStringLiteral("Declined")));
    // No document, nothing to cancel.
    QVERIFY(!child<QPushButton>("saveInvoiceButton")->isEnabled());
    QVERIFY(!shown("saveInvoiceButton"));
    QVERIFY(!shown("saveReceiptButton"));
    QVERIFY(!shown("cancelOrderButton"));
    QVERIFY(!m_pane->askToCancel());
}

void TestOrdersPane::cancellingAsksFirst()
{
    QVERIFY(select(OrderStatus::AwaitingPayment, PaymentMethod::WireTransfer));
    const QString id = m_pane->currentOrder()->id;

    // "Keep Order" keeps it.
    QTest::mouseClick(child<QPushButton>("cancelOrderButton"), Qt::LeftButton);
    QPointer<QMessageBox> question = m_pane->cancelQuestion();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    QCOMPARE(question->windowModality(), Qt::WindowModal);
    QAbstractButton* keep = nullptr;
    for (QAbstractButton* button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::RejectRole) {
            keep = button;
        }
    }
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!question);
    QTest::qWait(300);
    QVERIFY(!m_orders->isCancelling());
    QCOMPARE(m_orders->orderAt(m_orders->rowOf(id)).status, OrderStatus::AwaitingPayment);

    // "Cancel Order" cancels it; the row and the details follow.
    QTest::mouseClick(child<QPushButton>("cancelOrderButton"), Qt::LeftButton);
    question = m_pane->cancelQuestion();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    QSignalSpy message(m_pane, &lp::ui::OrdersPane::message);
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmCancelOrderButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_orders->orderAt(m_orders->rowOf(id)).status, OrderStatus::Cancelled, kWait);
    QCOMPARE(m_pane->currentOrder()->id, id);
    QVERIFY(text("orderStatusLabel").contains(QStringLiteral("Cancelled")));
    QVERIFY(!shown("cancelOrderButton"));
    QVERIFY(!child<QPushButton>("saveInvoiceButton")->isEnabled());
    QVERIFY(!shown("orderIbanLabel"));
    QTRY_COMPARE(message.count(), 1);
    QCOMPARE(message.first().first().toString(), QStringLiteral("The order was cancelled."));
}

void TestOrdersPane::upcomingRenewalsListEveryKeyInTheWindow()
{
    lp::RenewalsModel* renewals = m_portal->renewalsModel();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList expected;
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        if (license.status != lp::proto::LicenseStatus::Suspended
            && std::abs(now.secsTo(license.termEnd)) <= 90 * 86400) {
            expected << license.product;
        }
    }
    QVERIFY(expected.contains(QStringLiteral("Document Normalizer SDK")));
    QVERIFY(expected.contains(QStringLiteral("Label Recognizer")));
    QCOMPARE(renewals->rowCount(), expected.size());

    const auto buttons = m_pane->findChildren<QPushButton*>(QStringLiteral("renewButton"));
    QCOMPARE(buttons.size(), expected.size());
    const auto products = m_pane->findChildren<QLabel*>(QStringLiteral("renewalProductLabel"));
    const auto expiries = m_pane->findChildren<QLabel*>(QStringLiteral("renewalExpiryLabel"));
    QStringList listed;
    for (QLabel* label : products) {
        listed << label->text();
    }
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    for (int row = 0; row < renewals->rowCount(); ++row) {
        const auto license = renewals->licenses().at(row);
        const bool expired = renewals->index(row, 0).data(lp::RenewalsModel::ExpiredRole).toBool();
        const QString words = lp::RenewalsModel::expiryText(lp::RenewalsModel::days(license, now), expired);
        QCOMPARE(products.at(row)->text(), license.product);
        QCOMPARE(expiries.at(row)->text(), words);
        QCOMPARE(buttons.at(row)->property("licenseId").toString(), license.id);
        QVERIFY(buttons.at(row)->isVisible());
        if (license.product == QLatin1String("Label Recognizer")) {
            QVERIFY(expired);
            QVERIFY(words.startsWith(QStringLiteral("expired ")));
        }
        if (license.product == QLatin1String("Document Normalizer SDK")) {
            QVERIFY(!expired);
            QVERIFY(words.startsWith(QStringLiteral("in ")));
        }
    }
    QVERIFY(!shown("renewalsEmptyLabel"));
}

void TestOrdersPane::renewButtonOpensTheCheckoutForAYear()
{
    QPushButton* renew = nullptr;
    QString id;
    for (QPushButton* button : m_pane->findChildren<QPushButton*>(QStringLiteral("renewButton"))) {
        const QString licenseId = button->property("licenseId").toString();
        const int row = m_portal->licenseModel()->rowOf(licenseId);
        if (m_portal->licenseModel()->licenses().at(row).product
            == QLatin1String("Document Normalizer SDK")) {
            renew = button;
            id = licenseId;
        }
    }
    QVERIFY(renew);
    QSignalSpy requested(m_pane, &lp::ui::OrdersPane::renewRequested);
    QTest::mouseClick(renew, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), id);
    QPointer<lp::ui::CheckoutWizard> wizard = m_portal->checkoutWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->license().id, id);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("renew1Radio"))->isChecked());
    wizard->reject();
    QTRY_VERIFY(!wizard);
}

void TestOrdersPane::noRenewalsSaysSo()
{
    // An account whose keys all run for long: the list says so instead of staying blank.
    lp::ManualClock manualClock(QDateTime::currentDateTimeUtc());
    lp::LicenseModel licenses(&manualClock);
    lp::RenewalsModel renewals(&licenses, &manualClock);
    OrderListModel orders(m_portal->api());
    lp::ui::OrdersPane pane(&licenses, &renewals, &orders, &manualClock);
    lp::proto::License far;
    far.id = QStringLiteral("far");
    far.product = QStringLiteral("Far Away SDK");
    far.termStart = manualClock.now().addDays(-10);
    far.termEnd = manualClock.now().addDays(300);
    licenses.setLicenses({far});
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto* empty = pane.findChild<QLabel*>(QStringLiteral("renewalsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No key expires in the next 90 days."));
    QVERIFY(pane.findChildren<QPushButton*>(QStringLiteral("renewButton")).isEmpty());
    // Time passes: the key enters the window.
    manualClock.set(manualClock.now().addDays(220));
    renewals.update();
    QVERIFY(!empty->isVisible());
    QCOMPARE(pane.findChildren<QPushButton*>(QStringLiteral("renewButton")).size(), 1);
    // A day later the words change in place: the same button, so focus and hover stay.
    QPointer<QPushButton> button = pane.findChild<QPushButton*>(QStringLiteral("renewButton"));
    auto* expiry = pane.findChild<QLabel*>(QStringLiteral("renewalExpiryLabel"));
    const QString before = expiry->text();
    manualClock.advance(86400);
    renewals.update();
    QVERIFY(button);
    QCOMPARE(pane.findChild<QPushButton*>(QStringLiteral("renewButton")), button.data());
    QVERIFY(expiry->text() != before);
    QCOMPARE(button->property("licenseId").toString(), QStringLiteral("far"));
    // Signed out (no keys): the orders go too.
    licenses.setLicenses({});
    QCOMPARE(orders.rowCount(), 0);
    QVERIFY(empty->isVisible());
}

void TestOrdersPane::checkoutChangesReloadTheList()
{
    QSignalSpy loaded(m_orders, &OrderListModel::loaded);
    emit m_portal->orderChanged();
    QVERIFY(m_orders->isLoading());
    QVERIFY(loaded.wait(kWait));
    // File > Refresh too.
    loaded.clear();
    emit m_portal->mainWindow()->refreshRequested();
    QVERIFY(loaded.wait(kWait));
    // And the Refresh button.
    loaded.clear();
    QTest::mouseClick(child<QPushButton>("ordersRefreshButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(kWait));
}

void TestOrdersPane::failedReloadSaysWhy()
{
    const int rows = m_orders->rowCount();
    m_server.stop();
    m_portal->api()->setTransferTimeout(std::chrono::milliseconds(3000));
    QSignalSpy message(m_pane, &lp::ui::OrdersPane::message);
    m_pane->reload();
    QTRY_VERIFY_WITH_TIMEOUT(message.count() >= 1, kWait);
    QVERIFY(message.first().first().toString().startsWith(QStringLiteral("The orders could not be loaded")));
    // The orders already shown stay.
    QCOMPARE(m_orders->rowCount(), rows);
    QVERIFY(m_pane->table()->isVisible());
    QVERIFY(!shown("ordersBusyBar"));
}

QTEST_MAIN(TestOrdersPane)
#include "test_orderspane.moc"
