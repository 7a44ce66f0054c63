#pragma once

#include <QTcpServer>

namespace lp::server {

// A QTcpServer whose connections send without Nagle's delay (TCP_NODELAY). An answer larger than one
// socket write (a page of devices, 35 KB) otherwise leaves its last segment waiting for the client's
// delayed ACK: 40 ms on every request after the first on a kept-alive connection.
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace lp::server
