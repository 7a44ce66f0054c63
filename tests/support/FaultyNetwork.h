#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>

class FaultyReply;

// A QNetworkAccessManager for an ApiClient under test that talks to a real server, but can fail chosen
// requests with an HTTP error and hold chosen answers back until the test releases them: for faults a real
// server cannot produce on demand (one of two parallel requests failing), in an order the test decides
// rather than the one the network happens to take. Requests are chosen by operation and the end of their
// path ("/usage"); the first matching rule applies, and requests no rule matches pass untouched.
class FaultyNetwork : public QNetworkAccessManager
{
public:
    explicit FaultyNetwork(QObject* parent = nullptr);
    ~FaultyNetwork() override;

    // Answers such requests with `status` and a problem document with this detail, without sending them.
    void fail(Operation operation, const QString& pathSuffix, int status, const QString& detail);
    // Keeps the answers to such requests (the real one, or the failure above) until release().
    void hold(Operation operation, const QString& pathSuffix);
    // Lets the held answers to such requests through, in the order the requests were made; a real answer
    // still under way follows when it comes. Returns how many were released.
    int release(Operation operation, const QString& pathSuffix);
    // Held answers not released yet.
    int heldCount() const;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    struct Rule
    {
        Operation operation = GetOperation;
        QString pathSuffix;
        int status = 0; // 0: the real server answers
        QString detail;
        bool hold = false;
    };
    // The first rule whose suffix ends the path, or nullptr.
    Rule* ruleFor(Operation operation, const QString& path);
    // The rule of exactly this operation and suffix, made if there is none yet.
    Rule& ruleOf(Operation operation, const QString& pathSuffix);

    QList<Rule> m_rules;
    QList<QPointer<FaultyReply>> m_held;
};
