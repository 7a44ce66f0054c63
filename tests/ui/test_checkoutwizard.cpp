// The checkout wizard as a user drives it, offscreen, against a real demo server: opened from the keys
// pane's "Renew…" and the like, through each payment method by keyboard (card, a declined card then
// another, PayPal approved through the sandbox page as a browser would, PayPal cancelled on Escape, wire
// transfer and check recorded by the operator), the card form's live validation, and which entry points a
// key of each type offers.
#include "ApiClient.h"
#include "ApiJob.h"
#include "CardEntryWidget.h"
#include "CheckoutSession.h"
#include "CheckoutWizard.h"
#include "Clock.h"
#include "DemoSignIn.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "SandboxBrowser.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using lp::CheckoutSession;
using lp::ui::CheckoutWizard;
using lp::ui::PortalController;

namespace {
constexpr int kWait = 20000;
const QString kDemoEmail = QStringLiteral("demo@example.com");
} // namespace

// Catches the URLs the wizard asks the desktop to open (the PayPal approval page), instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void openUrl(const QUrl& url) { urls << url; }
};

class TestCheckoutWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void entryPointsPerKeyType();
    void chooseOffersWhatTheKeyTakes();
    void cardFormValidatesAsTyped();
    void cardFormGroupsAmex();
    void payByCard();
    void declinedCardThenAnother();
    void payPalApproved();
    void payPalCancelledOnEscape();
    void wireTransfer_data();
    void wireTransfer();

private:
    // A fresh license of the demo account (create-license options), loaded into the keys pane.
    QString freshLicense(const QStringList& options);
    QString freshPerDeviceLicense()
    {
        return freshLicense({QStringLiteral("--type"), QStringLiteral("per_device"),
                             QStringLiteral("--devices"), QStringLiteral("10"),
                             QStringLiteral("--refresh-months"), QStringLiteral("12")});
    }
    lp::proto::License license(const QString& id) const
    {
        return m_portal->licenseModel()->licenses().at(m_portal->licenseModel()->rowOf(id));
    }
    // Selects the key in the keys pane and clicks one of the details' checkout buttons.
    CheckoutWizard* openFromKeysPane(const QString& id, const QString& buttonName);
    // From the first page to the pay page by keyboard, choosing `methodRadio` on the method page.
    bool goToPayPage(CheckoutWizard* wizard, const QString& methodRadio);
    bool typeCard(CheckoutWizard* wizard, const QString& number, const QString& expiry, const QString& cvc,
                  const QString& name);
    void pressReturn(QWidget* window)
    {
        QWidget* focus = window->focusWidget() ? window->focusWidget() : window;
        QTest::keyClick(focus, Qt::Key_Return);
    }
    template<typename T>
    T* child(QWidget* parent, const QString& name) const
    {
        return parent->findChild<T*>(name);
    }
    QAbstractButton* payButton(CheckoutWizard* wizard) const { return wizard->button(QWizard::CommitButton); }
    lp::proto::Order fetchOrder(const QString& id);

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    UrlCatcher m_urls;
    lp::SystemClock m_clock;
};

void TestCheckoutWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_urls, "openUrl");
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("portal.ini"));
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    QVERIFY(QTest::qWaitForWindowExposed(m_portal->mainWindow()));
    m_portal->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_portal->mainWindow()));
}

void TestCheckoutWizard::cleanup()
{
    if (CheckoutWizard* wizard = m_portal->checkoutWizard()) {
        wizard->session()->cancel();
        delete wizard;
    }
    m_urls.urls.clear();
}

void TestCheckoutWizard::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    m_portal.reset();
}

QString TestCheckoutWizard::freshLicense(const QStringList& options)
{
    QString id;
    m_server.createLicense(
        kDemoEmail, QStringList {QStringLiteral("--product"), QStringLiteral("Checkout UI")} + options, &id);
    if (id.isEmpty()) {
        return {};
    }
    // A load under way (after the previous test's order) may predate the new license: load after it.
    if (!QTest::qWaitFor([this] { return !m_portal->licenseService()->isBusy(); }, kWait)) {
        return {};
    }
    m_portal->licenseService()->refresh();
    const bool loaded = QTest::qWaitFor(
        [&] { return m_portal->licenseModel()->rowOf(id) >= 0 && !m_portal->licenseService()->isBusy(); },
        kWait);
    return loaded ? id : QString();
}

CheckoutWizard* TestCheckoutWizard::openFromKeysPane(const QString& id, const QString& buttonName)
{
    lp::ui::LicenseKeysPane* pane = m_portal->mainWindow()->licenseKeysPane();
    if (!pane->selectLicense(id)) {
        qWarning() << "cannot select" << id;
        return nullptr;
    }
    auto* button = pane->findChild<QPushButton*>(buttonName);
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning() << buttonName << "is not available";
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    CheckoutWizard* wizard = m_portal->checkoutWizard();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard)) {
        qWarning() << "no checkout wizard shown" << wizard;
        return nullptr;
    }
    wizard->session()->setQuoteDelay(std::chrono::milliseconds(0));
    wizard->session()->setPollInterval(std::chrono::milliseconds(200));
    wizard->session()->setOfflinePollInterval(std::chrono::milliseconds(200));
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard)) {
        qWarning("The checkout wizard did not become active");
    }
    return wizard;
}

bool TestCheckoutWizard::goToPayPage(CheckoutWizard* wizard, const QString& methodRadio)
{
    auto* next = wizard->button(QWizard::NextButton);
    // Choose: the preset is chosen; Return goes on once the price is there.
    if (!QTest::qWaitFor([&] { return next->isEnabled() && wizard->session()->quote().has_value(); },
                         kWait)) {
        qWarning() << "no quote:" << wizard->session()->problem().message;
        return false;
    }
    pressReturn(wizard);
    if (wizard->currentId() != CheckoutWizard::QuotePage) {
        return false;
    }
    auto* lines = child<QTreeWidget>(wizard, QStringLiteral("quoteLinesView"));
    if (lines->topLevelItemCount() != wizard->session()->quote()->items.size()) {
        return false;
    }
    pressReturn(wizard);
    if (wizard->currentId() != CheckoutWizard::MethodPage) {
        return false;
    }
    auto* radio = child<QRadioButton>(wizard, methodRadio);
    if (!QTest::qWaitFor([&] { return radio->isVisible(); }, kWait)) {
        return false;
    }
    radio->setFocus(Qt::TabFocusReason);
    QTest::keyClick(radio, Qt::Key_Space);
    if (!radio->isChecked()) {
        return false;
    }
    pressReturn(wizard);
    return wizard->currentId() == CheckoutWizard::PayPage;
}

bool TestCheckoutWizard::typeCard(CheckoutWizard* wizard, const QString& number, const QString& expiry,
                                  const QString& cvc, const QString& name)
{
    auto* numberEdit = child<QLineEdit>(wizard, QStringLiteral("cardNumberEdit"));
    numberEdit->setFocus(Qt::TabFocusReason);
    numberEdit->selectAll();
    QTest::keyClicks(numberEdit, number);
    // Tab from field to field, as a user would.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != child<QLineEdit>(wizard, QStringLiteral("cardExpiryEdit"))) {
        qWarning() << "Tab did not reach the expiry" << QApplication::focusWidget();
        return false;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), expiry);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != child<QLineEdit>(wizard, QStringLiteral("cardCvcEdit"))) {
        return false;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), cvc);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != child<QLineEdit>(wizard, QStringLiteral("cardNameEdit"))) {
        return false;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), name);
    return true;
}

lp::proto::Order TestCheckoutWizard::fetchOrder(const QString& id)
{
    lp::ApiJob* job = m_portal->api()->fetchOrder(id);
    QSignalSpy done(job, &lp::ApiJob::finished);
    if (!done.wait(kWait) || !job->value<lp::proto::Order>()) {
        return {};
    }
    return *job->value<lp::proto::Order>();
}

void TestCheckoutWizard::entryPointsPerKeyType()
{
    lp::ui::LicenseKeysPane* pane = m_portal->mainWindow()->licenseKeysPane();
    const auto buttons = [pane](const QString& name) { return pane->findChild<QPushButton*>(name); };
    const auto offered
        = [&](const QString& name) { return buttons(name)->isVisible() && buttons(name)->isEnabled(); };
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        QVERIFY(pane->selectLicense(license.id));
        const bool perDevice = license.type == lp::proto::LicenseType::PerDevice;
        const bool suspended = license.status == lp::proto::LicenseStatus::Suspended;
        QCOMPARE(buttons(QStringLiteral("renewButton"))->isVisible(), !suspended);
        QCOMPARE(offered(QStringLiteral("renewButton")), !suspended);
        QCOMPARE(offered(QStringLiteral("addDevicesButton")), perDevice && !suspended);
        QCOMPARE(buttons(QStringLiteral("addDevicesButton"))->isVisible(), perDevice && !suspended);
        QCOMPARE(offered(QStringLiteral("addQuotaButton")), !perDevice && !suspended);
        QCOMPARE(buttons(QStringLiteral("addQuotaButton"))->isVisible(), !perDevice && !suspended);
        QCOMPARE(offered(QStringLiteral("changeCadenceButton")),
                 perDevice && !suspended && license.deviceRefreshMonths.value_or(12) > 3);
        QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("checkoutUnavailableLabel"))->isVisible(),
                 suspended);
    }
    // A per-device key on the shortest cadence says why it cannot get a shorter one.
    const QString quarterly
        = freshLicense({QStringLiteral("--type"), QStringLiteral("per_device"), QStringLiteral("--devices"),
                        QStringLiteral("5"), QStringLiteral("--refresh-months"), QStringLiteral("3")});
    QVERIFY(pane->selectLicense(quarterly));
    QVERIFY(!buttons(QStringLiteral("changeCadenceButton"))->isEnabled());
    QVERIFY(buttons(QStringLiteral("changeCadenceButton"))->toolTip().contains(QLatin1String("3 months")));

    // The controller's hook (the orders pane's one-click renewal): a renewal of a year is chosen already.
    QVERIFY(!m_portal->openCheckout(QStringLiteral("lic_unknown")));
    CheckoutWizard* wizard = m_portal->openCheckout(quarterly, lp::ui::CheckoutPreset::Renewal);
    QVERIFY(wizard);
    QCOMPARE(m_portal->openCheckout(quarterly), wizard); // one at a time
    QVERIFY(child<QRadioButton>(wizard, QStringLiteral("renew1Radio"))->isChecked());
    QCOMPARE(wizard->windowModality(), Qt::WindowModal);
}

void TestCheckoutWizard::chooseOffersWhatTheKeyTakes()
{
    // A per-scan key: quota in steps of 1,000, no devices or cadence, each with the reason.
    QString perScan;
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        if (license.type == lp::proto::LicenseType::PerScan
            && license.status == lp::proto::LicenseStatus::Active) {
            perScan = license.id;
        }
    }
    CheckoutWizard* wizard = openFromKeysPane(perScan, QStringLiteral("addQuotaButton"));
    QVERIFY(wizard);
    const lp::proto::License key = license(perScan);
    auto* keyLabel = child<QLabel>(wizard, QStringLiteral("checkoutKeyLabel"));
    QVERIFY(keyLabel->text().contains(key.handshakeCode));
    QVERIFY(keyLabel->text().contains(key.product.toHtmlEscaped()));
    auto* quota = child<QSpinBox>(wizard, QStringLiteral("addQuotaSpin"));
    QVERIFY(quota->isEnabled());
    QCOMPARE(quota->singleStep(), 1000);
    QVERIFY(quota->value() >= 1000 && quota->value() % 1000 == 0);
    QVERIFY(!child<QSpinBox>(wizard, QStringLiteral("addDevicesSpin"))->isEnabled());
    QVERIFY(child<QLabel>(wizard, QStringLiteral("addDevicesReason"))->isVisible());
    QVERIFY(!child<QComboBox>(wizard, QStringLiteral("cadenceCombo"))->isEnabled());
    QVERIFY(!child<QLabel>(wizard, QStringLiteral("cadenceReason"))->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->quote().has_value(), kWait);
    QCOMPARE(wizard->session()->quote()->items.first().item.kind, lp::proto::QuoteItemKind::AddQuota);

    // Several at once: a renewal too, by keyboard; the total follows.
    auto* renew2 = child<QRadioButton>(wizard, QStringLiteral("renew2Radio"));
    QTest::keyClick(renew2, Qt::Key_Space);
    QVERIFY(renew2->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->quote() && wizard->session()->quote()->items.size() == 2,
                             kWait);
    QTRY_VERIFY(
        child<QLabel>(wizard, QStringLiteral("chooseTotalLabel"))->text().contains(QLatin1String("Total")));
    // Nothing chosen: no way on.
    QTest::keyClick(child<QRadioButton>(wizard, QStringLiteral("renewNoneRadio")), Qt::Key_Space);
    quota->setValue(0);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // Escape closes it (nothing is under way).
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!m_portal->checkoutWizard());
}

void TestCheckoutWizard::cardFormValidatesAsTyped()
{
    lp::ManualClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    lp::ui::CardEntryWidget form(&clock);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* number = child<QLineEdit>(&form, QStringLiteral("cardNumberEdit"));
    auto* numberHint = child<QLabel>(&form, QStringLiteral("cardNumberHint"));
    auto* brand = child<QLabel>(&form, QStringLiteral("cardBrandLabel"));
    QTest::keyClicks(number, QStringLiteral("424242424242424"));
    QCOMPARE(number->text(), QStringLiteral("4242 4242 4242 424"));
    QCOMPARE(brand->text(), QStringLiteral("Visa"));
    QVERIFY(!numberHint->isVisible()); // not complete yet: no complaint
    QTest::keyClick(number, Qt::Key_1); // a typo in the last digit
    QCOMPARE(number->text(), QStringLiteral("4242 4242 4242 4241"));
    QVERIFY(numberHint->isVisible());
    QVERIFY(numberHint->text().contains(QLatin1String("not valid")));
    QTest::keyClick(number, Qt::Key_Backspace);
    QVERIFY(!numberHint->isVisible());
    QTest::keyClick(number, Qt::Key_2);
    QVERIFY(!numberHint->isVisible());
    QTest::keyClick(number, Qt::Key_9); // no 17th digit for a Visa
    QCOMPARE(number->text(), QStringLiteral("4242 4242 4242 4242"));

    auto* expiry = child<QLineEdit>(&form, QStringLiteral("cardExpiryEdit"));
    auto* expiryHint = child<QLabel>(&form, QStringLiteral("cardExpiryHint"));
    QTest::keyClicks(expiry, QStringLiteral("0526"));
    QCOMPARE(expiry->text(), QStringLiteral("05/26"));
    QVERIFY(expiryHint->isVisible());
    QVERIFY(expiryHint->text().contains(QLatin1String("expired")));
    expiry->clear();
    QTest::keyClicks(expiry, QStringLiteral("1"));
    QTest::keyClicks(expiry, QStringLiteral("3"));
    QVERIFY(expiryHint->text().contains(QLatin1String("01 to 12")));
    expiry->clear();
    QTest::keyClicks(expiry, QStringLiteral("626")); // this month is still good
    QCOMPARE(expiry->text(), QStringLiteral("06/26"));
    QVERIFY(!expiryHint->isVisible());

    auto* cvc = child<QLineEdit>(&form, QStringLiteral("cardCvcEdit"));
    auto* cvcHint = child<QLabel>(&form, QStringLiteral("cardCvcHint"));
    QCOMPARE(cvc->echoMode(), QLineEdit::Password);
    QTest::keyClicks(cvc, QStringLiteral("1x2"));
    QCOMPARE(cvc->text(), QStringLiteral("12")); // digits only
    QVERIFY(!form.isValid());
    QVERIFY(!cvcHint->isVisible());
    emit cvc->editingFinished(); // the user leaves it short
    QVERIFY(cvcHint->isVisible());
    QVERIFY(cvcHint->text().contains(QLatin1String("3 digits")));
    QTest::keyClicks(cvc, QStringLiteral("3"));
    QVERIFY(!cvcHint->isVisible());
    QVERIFY(!form.isValid()); // the name is still missing
    QTest::keyClicks(child<QLineEdit>(&form, QStringLiteral("cardNameEdit")),
                     QStringLiteral("Dana Whitfield"));
    QVERIFY(form.isValid());
    const auto details = form.details();
    QVERIFY(details);
    QCOMPARE(details->number, QStringLiteral("4242424242424242"));
    QCOMPARE(details->expiryMonth, 6);
    QCOMPARE(details->expiryYear, 2026);
    QCOMPARE(details->cvc, QStringLiteral("123"));

    // After a decline the security code goes, the rest stays.
    form.clearSecurityCode();
    QVERIFY(cvc->text().isEmpty());
    QCOMPARE(number->text(), QStringLiteral("4242 4242 4242 4242"));
    QVERIFY(!form.isValid());
}

void TestCheckoutWizard::cardFormGroupsAmex()
{
    lp::ManualClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    lp::ui::CardEntryWidget form(&clock);
    form.show();
    auto* number = child<QLineEdit>(&form, QStringLiteral("cardNumberEdit"));
    QTest::keyClicks(number, QStringLiteral("3782822463100051"));
    QCOMPARE(number->text(), QStringLiteral("3782 822463 10005")); // 4-6-5, and 15 digits at most
    QCOMPARE(child<QLabel>(&form, QStringLiteral("cardBrandLabel"))->text(),
             QStringLiteral("American Express"));
    QVERIFY(!child<QLabel>(&form, QStringLiteral("cardNumberHint"))->isVisible());
    // Editing in the middle keeps the cursor at the digit typed.
    number->setCursorPosition(4);
    QTest::keyClick(number, Qt::Key_Backspace);
    QCOMPARE(number->text(), QStringLiteral("3788 224631 0005"));
    QCOMPARE(number->cursorPosition(), 3);
    QTest::keyClick(number, Qt::Key_2);
    QCOMPARE(number->text(), QStringLiteral("3782 822463 10005"));
    auto* cvc = child<QLineEdit>(&form, QStringLiteral("cardCvcEdit"));
    QTest::keyClicks(cvc, QStringLiteral("123"));
    emit cvc->editingFinished();
    QVERIFY(child<QLabel>(&form, QStringLiteral("cardCvcHint"))->text().contains(QLatin1String("4 digits")));
    QTest::keyClicks(cvc, QStringLiteral("4"));
    QVERIFY(!child<QLabel>(&form, QStringLiteral("cardCvcHint"))->isVisible());
}

void TestCheckoutWizard::payByCard()
{
    const QString id = freshPerDeviceLicense();
    QVERIFY(!id.isEmpty());
    const lp::proto::License before = license(id);
    QSignalSpy orders(m_portal.get(), &PortalController::orderChanged);
    CheckoutWizard* wizard = openFromKeysPane(id, QStringLiteral("renewButton"));
    QVERIFY(wizard);
    QVERIFY(child<QRadioButton>(wizard, QStringLiteral("renew1Radio"))->isChecked());
    QVERIFY(goToPayPage(wizard, QStringLiteral("methodCardRadio")));
    QAbstractButton* pay = payButton(wizard);
    QVERIFY(pay->isVisible());
    QVERIFY(!pay->isEnabled()); // nothing typed yet
    const lp::proto::Quote quote = *wizard->session()->quote();
    QVERIFY(typeCard(wizard, QStringLiteral("4242424242424242"), QStringLiteral("1230"),
                     QStringLiteral("123"), QStringLiteral("Dana Whitfield")));
    QVERIFY(pay->isEnabled());
    QVERIFY2(pay->text().contains(QLatin1String("Pay")), qPrintable(pay->text()));
    pressReturn(wizard); // the default button pays
    QCOMPARE(wizard->session()->state(), CheckoutSession::State::Paying);
    QVERIFY(!pay->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CheckoutWizard::DonePage), kWait);

    auto* note = child<QLabel>(wizard, QStringLiteral("handshakeNoteLabel"));
    QVERIFY(note->text().contains(before.handshakeCode));
    QVERIFY(note->text().contains(QLatin1String("nothing to redeploy")));
    QWidget* done = wizard->page(CheckoutWizard::DonePage);
    QVERIFY(child<QLabel>(done, QStringLiteral("termEndChange"))->isVisible());
    QVERIFY(child<QLabel>(done, QStringLiteral("termEndChange"))->text().contains(QLatin1String("&#x2192;")));
    QVERIFY(child<QLabel>(wizard, QStringLiteral("receiptLabel"))->text().contains(QLatin1String("4242")));
    QVERIFY(child<QPushButton>(wizard, QStringLiteral("saveReceiptButton"))->isVisible());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
    // The keys pane shows the new term at once, and the orders list hears of the order.
    QTRY_COMPARE_WITH_TIMEOUT(license(id).termEnd, quote.result.termEnd, kWait);
    QCOMPARE(license(id).handshakeCode, before.handshakeCode);
    QVERIFY(orders.count() >= 1);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_portal->checkoutWizard());
}

void TestCheckoutWizard::declinedCardThenAnother()
{
    const QString id = freshPerDeviceLicense();
    CheckoutWizard* wizard = openFromKeysPane(id, QStringLiteral("addDevicesButton"));
    QVERIFY(wizard);
    QVERIFY(child<QSpinBox>(wizard, QStringLiteral("addDevicesSpin"))->value() > 0);
    QVERIFY(goToPayPage(wizard, QStringLiteral("methodCardRadio")));
    QVERIFY(typeCard(wizard, QStringLiteral("4000000000000002"), QStringLiteral("1230"),
                     QStringLiteral("123"), QStringLiteral("Dana Whitfield")));
    pressReturn(wizard);
    auto* message = child<QLabel>(wizard, QStringLiteral("payMessageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kWait);
    QVERIFY2(message->text().contains(QLatin1String("declined")), qPrintable(message->text()));
    QCOMPARE(wizard->currentId(), int(CheckoutWizard::PayPage));
    // The card stays but its security code, so the user can try again or another card.
    QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("cardNumberEdit"))->text(),
             QStringLiteral("4000 0000 0000 0002"));
    QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("cardExpiryEdit"))->text(), QStringLiteral("12/30"));
    QVERIFY(child<QLineEdit>(wizard, QStringLiteral("cardCvcEdit"))->text().isEmpty());
    QVERIFY(!payButton(wizard)->isEnabled());
    QVERIFY(wizard->button(QWizard::BackButton)->isVisible()); // another method is possible

    QVERIFY(typeCard(wizard, QStringLiteral("4242424242424242"), QStringLiteral("1230"),
                     QStringLiteral("321"), QStringLiteral("Dana Whitfield")));
    QVERIFY(payButton(wizard)->isEnabled());
    pressReturn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CheckoutWizard::DonePage), kWait);
    QCOMPARE(wizard->session()->order()->status, lp::proto::OrderStatus::Fulfilled);
}

void TestCheckoutWizard::payPalApproved()
{
    const QString id = freshPerDeviceLicense();
    CheckoutWizard* wizard = openFromKeysPane(id, QStringLiteral("changeCadenceButton"));
    QVERIFY(wizard);
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("cadenceCombo"))->currentData().toInt(), 6);
    QVERIFY(goToPayPage(wizard, QStringLiteral("methodPayPalRadio")));
    QVERIFY(payButton(wizard)->isEnabled());
    QVERIFY(payButton(wizard)->text().contains(QLatin1String("PayPal")));
    pressReturn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(m_urls.urls.size(), 1, kWait);
    QCOMPARE(wizard->session()->state(), CheckoutSession::State::AwaitingApproval);
    auto* label = child<QLabel>(wizard, QStringLiteral("payPalLabel"));
    QVERIFY(label->text().contains(QLatin1String("in your browser")));
    auto* openAgain = child<QPushButton>(wizard, QStringLiteral("openApprovalButton"));
    QVERIFY(openAgain->isVisible());
    QVERIFY(!payButton(wizard)->isEnabled());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
    QTest::mouseClick(openAgain, Qt::LeftButton);
    QCOMPARE(m_urls.urls.size(), 2);
    QCOMPARE(m_urls.urls.at(1), m_urls.urls.at(0));

    QVERIFY(submitSandboxApproval(m_urls.urls.first(), QStringLiteral("approve")));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CheckoutWizard::DonePage), kWait);
    auto* cadence = child<QLabel>(wizard->page(CheckoutWizard::DonePage), QStringLiteral("cadenceChange"));
    QVERIFY2(cadence->text().contains(QLatin1String("Every 6 month")), qPrintable(cadence->text()));
    QTRY_COMPARE_WITH_TIMEOUT(license(id).deviceRefreshMonths.value_or(0), 6, kWait);
}

void TestCheckoutWizard::payPalCancelledOnEscape()
{
    const QString id = freshPerDeviceLicense();
    CheckoutWizard* wizard = openFromKeysPane(id, QStringLiteral("renewButton"));
    QVERIFY(wizard);
    QVERIFY(goToPayPage(wizard, QStringLiteral("methodPayPalRadio")));
    pressReturn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->session()->state(), CheckoutSession::State::AwaitingApproval, kWait);
    const QString orderId = wizard->session()->order()->id;

    // Escape asks first; keeping on waiting keeps the order.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(wizard->cancelQuestion() && wizard->cancelQuestion()->isVisible());
    QTest::mouseClick(wizard->cancelQuestion()->findChild<QPushButton*>(QStringLiteral("keepWaitingButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!wizard->cancelQuestion());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->session()->state(), CheckoutSession::State::AwaitingApproval);

    // Escape again, and cancel the payment: the order is cancelled, then the wizard closes.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(wizard->cancelQuestion() && wizard->cancelQuestion()->isVisible());
    QTest::mouseClick(
        wizard->cancelQuestion()->findChild<QPushButton*>(QStringLiteral("confirmCancelButton")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_portal->checkoutWizard(), kWait);
    const lp::proto::Order order = fetchOrder(orderId);
    QCOMPARE(order.status, lp::proto::OrderStatus::Cancelled);
}

void TestCheckoutWizard::wireTransfer_data()
{
    QTest::addColumn<QString>("methodRadio");
    QTest::newRow("wire transfer") << QStringLiteral("methodWireRadio");
    QTest::newRow("check") << QStringLiteral("methodCheckRadio");
}

void TestCheckoutWizard::wireTransfer()
{
    QFETCH(QString, methodRadio);
    const bool wire = methodRadio == QLatin1String("methodWireRadio");
    const QString id = freshPerDeviceLicense();
    const lp::proto::License before = license(id);
    CheckoutWizard* wizard = openFromKeysPane(id, QStringLiteral("renewButton"));
    QVERIFY(wizard);
    QTest::keyClick(child<QRadioButton>(wizard, QStringLiteral("renew3Radio")), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->session()->quote() && wizard->session()->quote()->items.first().item.years == 3, kWait);
    QVERIFY(goToPayPage(wizard, methodRadio));
    QVERIFY(payButton(wizard)->text().contains(QLatin1String("Place Order")));
    QVERIFY(child<QLabel>(wizard, QStringLiteral("offlineIntroLabel"))
                ->text()
                .contains(QLatin1String("pro-forma")));
    pressReturn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CheckoutWizard::DonePage), kWait);
    const lp::proto::Order order = *wizard->session()->order();
    QCOMPARE(order.status, lp::proto::OrderStatus::AwaitingPayment);
    auto* reference = child<QLabel>(wizard, QStringLiteral("invoiceReferenceLabel"));
    QCOMPARE(reference->text(), order.invoice->paymentReference);
    QVERIFY(!reference->text().isEmpty());
    QVERIFY(!child<QLabel>(wizard, QStringLiteral("invoicePayeeLabel"))->text().isEmpty());
    QVERIFY(!child<QLabel>(wizard, QStringLiteral("invoiceDueLabel"))->text().isEmpty());
    QCOMPARE(child<QLabel>(wizard, QStringLiteral("invoiceIbanLabel"))->isVisible(), wire);
    QCOMPARE(child<QLabel>(wizard, QStringLiteral("invoiceAddressLabel"))->isVisible(), !wire);
    auto* nextSteps = child<QLabel>(wizard, QStringLiteral("nextStepsLabel"));
    QVERIFY(nextSteps->text().contains(order.invoice->paymentReference));
    QVERIFY(nextSteps->text().contains(before.handshakeCode));
    QVERIFY(child<QPushButton>(wizard, QStringLiteral("saveInvoiceButton"))->isVisible());
    QCOMPARE(license(id).termEnd, before.termEnd); // nothing changes before the payment

    // The operator records the payment: the page turns into the receipt, the keys pane follows.
    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("record-payment"), QStringLiteral("--order"), order.id}, &output),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, QStringLiteral("handshakeNoteLabel"))->isVisible(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(license(id).termEnd, before.termEnd.addYears(3), kWait);
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!m_portal->checkoutWizard());
}

QTEST_MAIN(TestCheckoutWizard)
#include "test_checkoutwizard.moc"
