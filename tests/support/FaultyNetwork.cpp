#include "FaultyNetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <algorithm>

// A reply the test controls: it carries a canned answer or a copy of the real server's, and finishes
// only once it is released.
class FaultyReply : public QNetworkReply
{
public:
    FaultyReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request, QObject* parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void setCanned(int status, const QByteArray& contentType, const QByteArray& body)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        // What Qt reports for an HTTP error answer; ApiJob reads the status, but keep the reply plausible.
        if (status >= 400) {
            setError(status >= 500 ? InternalServerError : ProtocolInvalidOperationError,
                     QStringLiteral("HTTP %1").arg(status));
        }
        m_body = body;
        m_answered = true;
        finishIfReady();
    }

    // Copies the real reply's answer when it comes; the real one is sent at once, only its answer waits.
    void relay(QNetworkReply* real)
    {
        m_real = real;
        connect(real, &QNetworkReply::finished, this, [this, real] {
            real->deleteLater();
            const QVariant status = real->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid()) {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
            }
            for (const RawHeaderPair& header : real->rawHeaderPairs()) {
                setRawHeader(header.first, header.second);
            }
            if (real->error() != NoError) {
                setError(real->error(), real->errorString());
            }
            m_body = real->readAll();
            m_answered = true;
            finishIfReady();
        });
    }

    void release()
    {
        m_released = true;
        finishIfReady();
    }

    void abort() override
    {
        if (isFinished()) {
            return;
        }
        if (m_real) {
            m_real->disconnect(this);
            m_real->abort();
            m_real->deleteLater();
        }
        m_body.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        m_answered = true;
        m_released = true;
        finishIfReady();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_offset);
        if (count <= 0) {
            return isFinished() ? -1 : 0;
        }
        std::copy_n(m_body.constData() + m_offset, count, data);
        m_offset += count;
        return count;
    }

private:
    void finishIfReady()
    {
        if (!m_answered || !m_released || m_finishing) {
            return;
        }
        m_finishing = true;
        // Queued, like a real reply: never inside the call that created or released it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit metaDataChanged();
                if (error() != NoError) {
                    emit errorOccurred(error());
                }
                if (!m_body.isEmpty()) {
                    emit readyRead();
                }
                setFinished(true);
                emit finished();
            },
            Qt::QueuedConnection);
    }

    QPointer<QNetworkReply> m_real;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_answered = false;
    bool m_released = true;
    bool m_finishing = false;

    friend class FaultyNetwork;
};

FaultyNetwork::FaultyNetwork(QObject* parent)
    : QNetworkAccessManager(parent)
{ }

FaultyNetwork::~FaultyNetwork() = default;

FaultyNetwork::Rule* FaultyNetwork::ruleFor(Operation operation, const QString& path)
{
    for (Rule& rule : m_rules) {
        if (rule.operation == operation && path.endsWith(rule.pathSuffix)) {
            return &rule;
        }
    }
    return nullptr;
}

FaultyNetwork::Rule& FaultyNetwork::ruleOf(Operation operation, const QString& pathSuffix)
{
    for (Rule& existing : m_rules) {
        if (existing.operation == operation && existing.pathSuffix == pathSuffix) {
            return existing;
        }
    }
    Rule rule;
    rule.operation = operation;
    rule.pathSuffix = pathSuffix;
    m_rules.append(rule);
    return m_rules.last();
}

void FaultyNetwork::fail(Operation operation, const QString& pathSuffix, int status, const QString& detail)
{
    Rule& rule = ruleOf(operation, pathSuffix);
    rule.status = status;
    rule.detail = detail;
}

void FaultyNetwork::hold(Operation operation, const QString& pathSuffix)
{
    ruleOf(operation, pathSuffix).hold = true;
}

int FaultyNetwork::release(Operation operation, const QString& pathSuffix)
{
    int released = 0;
    for (qsizetype i = 0; i < m_held.size();) {
        FaultyReply* reply = m_held.at(i);
        if (!reply) {
            m_held.removeAt(i);
            continue;
        }
        if (reply->operation() == operation && reply->url().path().endsWith(pathSuffix)) {
            m_held.removeAt(i);
            reply->release();
            ++released;
        } else {
            ++i;
        }
    }
    return released;
}

int FaultyNetwork::heldCount() const
{
    int count = 0;
    for (const QPointer<FaultyReply>& reply : m_held) {
        count += reply ? 1 : 0;
    }
    return count;
}

QNetworkReply* FaultyNetwork::createRequest(Operation operation, const QNetworkRequest& request,
                                            QIODevice* outgoingData)
{
    const Rule* rule = ruleFor(operation, request.url().path());
    if (!rule) {
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
    auto* reply = new FaultyReply(operation, request, this);
    if (rule->hold) {
        reply->m_released = false;
        m_held.append(reply);
    }
    if (rule->status > 0) {
        const QJsonObject problem {{QStringLiteral("type"), QStringLiteral("about:blank")},
                                   {QStringLiteral("title"), QStringLiteral("Injected fault")},
                                   {QStringLiteral("status"), rule->status},
                                   {QStringLiteral("detail"), rule->detail}};
        reply->setCanned(rule->status, "application/problem+json",
                         QJsonDocument(problem).toJson(QJsonDocument::Compact));
    } else {
        reply->relay(QNetworkAccessManager::createRequest(operation, request, outgoingData));
    }
    return reply;
}
