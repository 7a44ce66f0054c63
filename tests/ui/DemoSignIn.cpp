#include "DemoSignIn.h"

#include "LicenseModel.h"
#include "LicenseService.h"
#include "PortalController.h"
#include "Session.h"
#include "SignInDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

bool signInAsDemo(lp::ui::PortalController& portal, const QUrl& server)
{
    lp::ui::SignInDialog* dialog = portal.signInDialog();
    if (!dialog) {
        return false;
    }
    dialog->setServer(server);
    dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("demo@example.com"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("demo-portal-2026"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    return QTest::qWaitFor(
        [&portal] {
            return portal.session()->state() == lp::Session::State::SignedIn
                && portal.licenseModel()->rowCount() >= 5 && !portal.licenseService()->isBusy();
        },
        20000);
}
