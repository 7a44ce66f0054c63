#include "SandboxBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

namespace {
bool finished(QNetworkReply* reply, int timeoutMs)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    return (reply->isFinished() || done.wait(timeoutMs)) && reply->error() == QNetworkReply::NoError;
}
} // namespace

bool submitSandboxApproval(const QUrl& approvalPage, const QString& action, int timeoutMs)
{
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(approvalPage)));
    if (!finished(page.get(), timeoutMs)) {
        qWarning() << "approval page:" << page->errorString();
        return false;
    }
    const QString html = QString::fromUtf8(page->readAll());
    static const QRegularExpression forms(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
                                          QRegularExpression::DotMatchesEverythingOption
                                              | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression actionAttr(QStringLiteral("action\\s*=\\s*\"([^\"]*)\""));
    static const QRegularExpression input(QStringLiteral("<input\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameAttr(QStringLiteral("name\\s*=\\s*\"([^\"]*)\""));
    static const QRegularExpression valueAttr(QStringLiteral("value\\s*=\\s*\"([^\"]*)\""));
    for (auto form = forms.globalMatch(html); form.hasNext();) {
        const auto match = form.next();
        const QString target = actionAttr.match(match.captured(1))
                                   .captured(1)
                                   .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        if (!QUrl(target).path().endsWith(QLatin1Char('/') + action)) {
            continue;
        }
        QUrlQuery fields;
        for (auto field = input.globalMatch(match.captured(2)); field.hasNext();) {
            const QString tag = field.next().captured(0);
            const QString name = nameAttr.match(tag).captured(1);
            if (!name.isEmpty()) {
                fields.addQueryItem(name, valueAttr.match(tag).captured(1));
            }
        }
        QNetworkRequest request(approvalPage.resolved(QUrl(target)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> posted(
            browser.post(request, fields.toString(QUrl::FullyEncoded).toUtf8()));
        if (!finished(posted.get(), timeoutMs)) {
            qWarning() << "approval form:" << posted->errorString() << posted->readAll();
            return false;
        }
        return true;
    }
    qWarning().noquote() << "no form for" << action << "on the approval page:" << html;
    return false;
}
