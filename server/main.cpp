#include "ServerMain.h"

int main(int argc, char* argv[])
{
    return lp::server::ServerMain::run(argc, argv);
}
