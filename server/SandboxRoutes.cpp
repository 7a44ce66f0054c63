#include "SandboxRoutes.h"

#include "HttpServer.h"
#include "LogCategories.h"
#include "OrderText.h"
#include "ProblemResponse.h"
#include "SandboxProvider.h"

#include <JsonReader.h>
#include <Payments.h>
#include <Problem.h>
#include <QUrlQuery>

namespace lp::server {

namespace {
namespace pp = lp::proto::problem;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// A small self-contained page: no scripts, no external resources.
ApiResponse page(int status, const QString& title, const QString& bodyHtml)
{
    const QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
              "<title>%1 \u2013 PayPal sandbox</title><style>"
              "body{font-family:system-ui,sans-serif;background:#f5f7fa;color:#1c2733;margin:0}"
              "main{max-width:28rem;margin:3rem auto;background:#fff;border-radius:12px;padding:2rem;"
              "box-shadow:0 2px 12px rgba(0,0,0,.08)}"
              ".brand{font-weight:700;color:#003087;font-size:1.4rem}.brand span{color:#0070e0}"
              ".note{background:#fff4d6;border-radius:6px;padding:.5rem .75rem;font-size:.85rem}"
              "dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#5b6b7c}dd{margin:0}"
              ".amount{font-size:1.6rem;font-weight:600}form{display:inline-block;margin:1rem .5rem 0 0}"
              "button{font-size:1rem;padding:.6rem 1.4rem;border-radius:20px;border:1px solid "
              "#0070e0;cursor:pointer}"
              ".approve{background:#0070e0;color:#fff}.cancel{background:#fff;color:#0070e0}"
              "</style></head><body><main><div class=\"brand\">Pay<span>Pal</span> sandbox</div>"
              "<p class=\"note\">This is the LicensePortal test payment provider: no money moves.</p>"
              "<h1>%1</h1>%2</main></body></html>\n")
              .arg(escaped(title), bodyHtml);
    ApiResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    response.headers
        = {{"Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"},
           {"X-Frame-Options", "DENY"},
           {"Referrer-Policy", "no-referrer"}};
    return response;
}

ApiResponse notFoundPage()
{
    return page(
        404, QStringLiteral("Payment not found"),
        QStringLiteral("<p>This payment link is not valid. Start the payment again from LicensePortal.</p>"));
}

QString closeHint()
{
    return QStringLiteral("<p>You can close this window and return to LicensePortal.</p>");
}
} // namespace

SandboxRoutes::SandboxRoutes(SandboxProvider& provider)
    : m_provider(provider)
{ }

void SandboxRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    const QString approval = QLatin1String(SandboxProvider::kApprovalPath) + QStringLiteral("{token}");
    server.addRoute(M::Post, QLatin1String(SandboxProvider::kTokensPath),
                    [this](const ApiRequest& r) { return createToken(r); });
    server.addPageRoute(M::Get, approval, [this](const ApiRequest& r) { return approvalPage(r); });
    server.addPageRoute(M::Post, approval + QStringLiteral("/approve"),
                        [this](const ApiRequest& r) { return approve(r); });
    server.addPageRoute(M::Post, approval + QStringLiteral("/cancel"),
                        [this](const ApiRequest& r) { return cancel(r); });
}

ApiResponse SandboxRoutes::createToken(const ApiRequest& request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray expected = "Bearer " + m_provider.publishableKey().toLatin1();
    if (authorization.isEmpty() || authorization != expected) {
        return ProblemResponse::make(
                   401, pp::kUnauthorized,
                   QStringLiteral("The payment provider's publishable key is missing or wrong."))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    lp::proto::FieldErrors errors;
    const auto object = lp::proto::parseJsonObject(request.body, &errors);
    if (!object) {
        return ProblemResponse::invalidBody(errors);
    }
    const auto details = lp::proto::CardDetails::fromJson(*object, m_provider.today(), &errors);
    if (!details) {
        return ProblemResponse::validation(errors);
    }
    const auto token = m_provider.tokenize(*details);
    qCInfo(lcServer).noquote() << "sandbox: card token" << token.id << "made for a" << token.brand << "card";
    return ApiResponse::json(token.toJson(), 201);
}

ApiResponse SandboxRoutes::approvalPage(const ApiRequest& request)
{
    const QString token = request.pathParameters.value(QStringLiteral("token"));
    const auto approval = m_provider.approval(token);
    if (!approval) {
        return notFoundPage();
    }
    const QString amount = escaped(OrderText::money(approval->amount, approval->currency));
    if (approval->state == QLatin1String("approved")) {
        return page(200, QStringLiteral("Payment approved"),
                    QStringLiteral("<p>You approved the payment of %1.</p>").arg(amount) + closeHint());
    }
    if (approval->state == QLatin1String("cancelled")) {
        return page(
            200, QStringLiteral("Payment cancelled"),
            QStringLiteral("<p>This payment of %1 was cancelled; nothing was charged.</p>").arg(amount)
                + closeHint());
    }
    if (m_provider.isExpired(*approval)) {
        return page(
            410, QStringLiteral("Payment request expired"),
            QStringLiteral("<p>This payment request expired; nothing was charged. Start the payment again "
                           "from LicensePortal.</p>"));
    }
    const QString base = QLatin1String(SandboxProvider::kApprovalPath) + escaped(token);
    const QString hidden
        = QStringLiteral("<input type=\"hidden\" name=\"approval\" value=\"%1\">").arg(escaped(token));
    const QString body
        = QStringLiteral("<dl><dt>Pay to</dt><dd>%1</dd><dt>For</dt><dd>%2</dd><dt>Amount</dt>"
                         "<dd class=\"amount\">%3</dd></dl>"
                         "<form method=\"post\" action=\"%4/approve\">%5"
                         "<button class=\"approve\" type=\"submit\">Approve payment</button></form>"
                         "<form method=\"post\" action=\"%4/cancel\">%5"
                         "<button class=\"cancel\" type=\"submit\">Cancel</button></form>")
              .arg(escaped(m_provider.merchant()), escaped(approval->description), amount, base, hidden);
    return page(200, QStringLiteral("Approve your payment"), body);
}

ApiResponse SandboxRoutes::approve(const ApiRequest& request)
{
    return decide(request, true);
}

ApiResponse SandboxRoutes::cancel(const ApiRequest& request)
{
    return decide(request, false);
}

ApiResponse SandboxRoutes::decide(const ApiRequest& request, bool approve)
{
    const QString token = request.pathParameters.value(QStringLiteral("token"));
    // The form carries the approval's token again, as a real provider's form carries its own state.
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("approval")) != token) {
        return page(
            400, QStringLiteral("Incomplete form"),
            QStringLiteral("<p>The form was not sent as the approval page makes it. Open the payment link "
                           "again.</p>"));
    }
    using Result = SandboxProvider::DecideResult;
    const Result result = m_provider.decide(
        token, approve ? PaymentProvider::Decision::Approved : PaymentProvider::Decision::Cancelled);
    switch (result) {
    case Result::Done:
        qCInfo(lcServer).noquote() << "sandbox: approval" << token << (approve ? "approved" : "cancelled");
        return approve
            ? page(200, QStringLiteral("Payment approved"),
                   QStringLiteral("<p>Thank you: the payment is approved and LicensePortal completes "
                                  "your order now.</p>")
                       + closeHint())
            : page(200, QStringLiteral("Payment cancelled"),
                   QStringLiteral("<p>You cancelled the payment; nothing was charged.</p>") + closeHint());
    case Result::NotFound:
        return notFoundPage();
    case Result::AlreadyApproved:
        return page(approve ? 200 : 409, QStringLiteral("Payment approved"),
                    QStringLiteral("<p>This payment was already approved.</p>") + closeHint());
    case Result::AlreadyCancelled:
        return page(approve ? 409 : 200, QStringLiteral("Payment cancelled"),
                    QStringLiteral("<p>This payment was cancelled; nothing was charged.</p>") + closeHint());
    case Result::Expired:
        return page(
            410, QStringLiteral("Payment request expired"),
            QStringLiteral("<p>This payment request expired; nothing was charged. Start the payment again "
                           "from LicensePortal.</p>"));
    case Result::NoLongerPending:
        break;
    }
    return page(
        409, QStringLiteral("Payment no longer pending"),
        QStringLiteral("<p>LicensePortal no longer awaits this payment (the order was cancelled or has "
                       "expired); nothing was charged.</p>")
            + closeHint());
}

} // namespace lp::server
