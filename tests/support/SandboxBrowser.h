#pragma once

#include <QString>
#include <QUrl>

// Does what a customer's browser does on the payment sandbox's PayPal approval page: loads the page and
// submits the form whose action ends with "/<action>" ("approve" or "cancel"), hidden fields included.
// True once the form was posted and answered without an error.
bool submitSandboxApproval(const QUrl& approvalPage, const QString& action, int timeoutMs = 20000);
