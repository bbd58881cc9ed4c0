<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Pasta de logs</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Keeps each business customer&apos;s inventory: items, contracts and sites.&lt;br&gt;&lt;br&gt;Built with Qt %1 and Qt for Python (PySide6) %2 under the GNU LGPL version 3; peewee (MIT), psycopg (LGPL-3.0) and Python (PSF licence). The Qt libraries are separate files in the installation folder and may be replaced.</source>
        <translation>Mantém o inventário de cada cliente empresarial: itens, contratos e sites.&lt;br&gt;&lt;br&gt;Feito com Qt %1 e Qt for Python (PySide6) %2 sob a GNU LGPL versão 3; peewee (MIT), psycopg (LGPL-3.0) e Python (licença PSF). As bibliotecas do Qt são arquivos separados na pasta de instalação e podem ser substituídas.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>General settings</source>
        <translation>Configurações Gerais</translation>
    </message>
    <message>
        <source>Company-wide records</source>
        <translation>Cadastros gerais da empresa</translation>
    </message>
    <message>
        <source>LemonDesk</source>
        <translation>LemonDesk</translation>
    </message>
    <message>
        <source>Service desk and customer assets</source>
        <translation>Central de atendimento e ativos dos clientes</translation>
    </message>
    <message>
        <source>LimeSales</source>
        <translation>LimeSales</translation>
    </message>
    <message>
        <source>What the company sells</source>
        <translation>O que a empresa vende</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customers with their contracts, sites and inventory</source>
        <translation>Clientes com seus contratos, sites e inventário</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>Every item contracted by every customer</source>
        <translation>Todos os itens contratados por todos os clientes</translation>
    </message>
    <message>
        <source>Product or Service Types</source>
        <translation>Tipos de Produto ou Serviço</translation>
    </message>
    <message>
        <source>Kinds of products and services that items belong to</source>
        <translation>Tipos de produtos e serviços aos quais os itens pertencem</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Search settings…</source>
        <translation>Buscar configurações…</translation>
    </message>
    <message>
        <source>No setting matches your search.</source>
        <translation>Nenhuma configuração corresponde à busca.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Natureza</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>Keep each business customer&apos;s inventory: items, contracts and sites.</source>
        <translation>Mantenha o inventário de cada cliente empresarial: itens, contratos e sites.</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>CAMINHO_OU_URL</translation>
    </message>
    <message>
        <source>database file or postgresql:// URL (default: citrus.db in your data folder)</source>
        <translation>arquivo de banco de dados ou URL postgresql:// (padrão: citrus.db na sua pasta de dados)</translation>
    </message>
    <message>
        <source>fill an empty database with demo data; N items for a database at scale</source>
        <translation>preenche um banco vazio com dados de demonstração; N itens para um banco em escala</translation>
    </message>
    <message>
        <source>language of the interface (default: the system&apos;s)</source>
        <translation>idioma da interface (padrão: o do sistema)</translation>
    </message>
    <message>
        <source>start everything without showing a window, print ok and exit</source>
        <translation>inicia tudo sem mostrar janela, imprime ok e sai</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostra a versão e sai</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Senha para %1:</translation>
    </message>
    <message>
        <source>Citrus Desktop cannot open its database.</source>
        <translation>O Citrus Desktop não consegue abrir o banco de dados.</translation>
    </message>
    <message>
        <source>Start it with --db to choose another database, or ask for help with the shared server.</source>
        <translation>Inicie com --db para escolher outro banco de dados, ou peça ajuda com o servidor compartilhado.</translation>
    </message>
    <message>
        <source>Demo data: %1 customers, %2 contracts, %3 sites, %4 types, %5 items.</source>
        <translation>Dados de demonstração: %1 clientes, %2 contratos, %3 sites, %4 tipos, %5 itens.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Reload their version</source>
        <translation>Recarregar a versão salva</translation>
    </message>
    <message>
        <source>Show the record as saved by the other person; your edits stay listed below</source>
        <translation>Mostra o registro como a outra pessoa salvou; suas alterações continuam listadas abaixo</translation>
    </message>
    <message>
        <source>Your edits, not saved (copy what you still need):</source>
        <translation>Suas alterações, não salvas (copie o que ainda precisar):</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <source>%1 saved this record at %2, after you opened it. Reload their version, then enter your changes again.</source>
        <translation>%1 salvou este registro em %2, depois que você o abriu. Recarregue a versão salva e refaça suas alterações.</translation>
    </message>
    <message>
        <source>Their version is shown above. Your edits are below.</source>
        <translation>A versão salva está acima. Suas alterações estão abaixo.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Conexão com o banco de dados</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>Este computador (um arquivo)</translation>
    </message>
    <message>
        <source>Shared server (PostgreSQL, for a team)</source>
        <translation>Servidor compartilhado (PostgreSQL, para uma equipe)</translation>
    </message>
    <message>
        <source>Data on</source>
        <translation>Dados em</translation>
    </message>
    <message>
        <source>default file</source>
        <translation>arquivo padrão</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Applies the next time Citrus Desktop starts.</source>
        <translation>Vale a partir da próxima vez que o Citrus Desktop for aberto.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Enter the server and the database names.</source>
        <translation>Informe o servidor e o nome do banco de dados.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Novo contrato</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>e.g. CT-2025-001</source>
        <translation>ex.: CT-2025-001</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>ContractList</name>
    <message>
        <source>No contracts yet. Click New to add the customer&apos;s first contract.</source>
        <translation>Nenhum contrato ainda. Clique em Novo para cadastrar o primeiro contrato do cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contract(s)?</source>
        <translation>
            <numerusform>Excluir %n contrato?</numerusform>
            <numerusform>Excluir %n contratos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ran into an unexpected problem.&lt;/b&gt;&lt;br&gt;Data you had already saved is safe, but the last action may not have finished: check it before you go on. You can keep working.&lt;br&gt;If this happens again, send the details below to your support team.</source>
        <translation>&lt;b&gt;O %1 encontrou um problema inesperado.&lt;/b&gt;&lt;br&gt;Os dados que você já tinha salvo estão seguros, mas a última ação pode não ter terminado: confira antes de continuar. Você pode continuar trabalhando.&lt;br&gt;Se isso acontecer de novo, envie os detalhes abaixo para a sua equipe de suporte.</translation>
    </message>
    <message>
        <source>The log is in %1</source>
        <translation>O log está em %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>No customers yet. Click New to add the first one.</source>
        <translation>Nenhum cliente ainda. Clique em Novo para cadastrar o primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s)?</source>
        <translation>
            <numerusform>Excluir %n cliente?</numerusform>
            <numerusform>Excluir %n clientes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>Company or person name</source>
        <translation>Razão social ou nome da pessoa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CNPJ or CPF, with or without punctuation</source>
        <translation>CNPJ ou CPF, com ou sem pontuação</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com.br</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(11) 91234-5678</source>
        <translation>(11) 91234-5678</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Active customer</source>
        <translation>Cliente ativo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Cliente — %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to this customer before closing?</source>
        <translation>Salvar as alterações deste cliente antes de fechar?</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the schema could not be updated (%2)</source>
        <translation>%1: não foi possível atualizar o esquema (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>não pode ser aberto</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>a pasta não existe</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>é uma pasta, não um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <source>is not a Citrus Desktop database (not SQLite)</source>
        <translation>não é um banco de dados do Citrus Desktop (não é SQLite)</translation>
    </message>
    <message>
        <source>is locked by another program</source>
        <translation>está bloqueado por outro programa</translation>
    </message>
    <message>
        <source>is damaged or not a database</source>
        <translation>está danificado ou não é um banco de dados</translation>
    </message>
    <message>
        <source>is not a Citrus Desktop database</source>
        <translation>não é um banco de dados do Citrus Desktop</translation>
    </message>
    <message>
        <source>has no readable schema version</source>
        <translation>não tem uma versão de esquema legível</translation>
    </message>
    <message>
        <source>was written by a newer Citrus Desktop (schema %1; this version reads up to %2)</source>
        <translation>foi gravado por um Citrus Desktop mais novo (esquema %1; esta versão lê até o %2)</translation>
    </message>
    <message>
        <source>is read-only</source>
        <translation>é somente leitura</translation>
    </message>
    <message>
        <source>cannot be created: the folder is read-only</source>
        <translation>não pode ser criado: a pasta é somente leitura</translation>
    </message>
    <message>
        <source>is in a read-only folder</source>
        <translation>está em uma pasta somente leitura</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL driver (psycopg) is not installed</source>
        <translation>%1: o driver do PostgreSQL (psycopg) não está instalado</translation>
    </message>
    <message>
        <source>is not a Citrus Desktop database (it holds other tables)</source>
        <translation>não é um banco de dados do Citrus Desktop (contém outras tabelas)</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>o servidor recusou o usuário ou a senha</translation>
    </message>
    <message>
        <source>the server does not know this user name</source>
        <translation>o servidor não conhece este usuário</translation>
    </message>
    <message>
        <source>the server does not accept connections from this computer or user</source>
        <translation>o servidor não aceita conexões deste computador ou usuário</translation>
    </message>
    <message>
        <source>this database does not exist on the server (ask for it to be created)</source>
        <translation>este banco de dados não existe no servidor (peça que seja criado)</translation>
    </message>
    <message>
        <source>the server cannot be reached (is it running, and is the address right?)</source>
        <translation>não foi possível alcançar o servidor (ele está no ar e o endereço está certo?)</translation>
    </message>
    <message>
        <source>cannot connect to the server (%1)</source>
        <translation>não foi possível conectar ao servidor (%1)</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so nothing was saved: %1.</source>
        <translation>A conexão com o servidor de banco de dados caiu; nada foi salvo: %1.</translation>
    </message>
    <message>
        <source>The database is busy: someone else is saving right now, so nothing was changed. Try again in a moment.</source>
        <translation>O banco de dados está ocupado: outra pessoa está salvando agora, então nada foi alterado. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>O disco está cheio, então nada foi salvo. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only), so nothing was saved.</source>
        <translation>O banco de dados não pode ser gravado (o arquivo ou a pasta é somente leitura), então nada foi salvo.</translation>
    </message>
    <message>
        <source>The database file could not be written (a disk or file system error), so nothing was saved. Check the disk, then try again.</source>
        <translation>O arquivo do banco de dados não pôde ser gravado (erro de disco ou do sistema de arquivos), então nada foi salvo. Verifique o disco e tente de novo.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was changed; restore a backup (File › Restore a backup…) or ask for help.</source>
        <translation>O arquivo do banco de dados está danificado. Nada foi alterado; restaure um backup (Arquivo › Restaurar um backup…) ou peça ajuda.</translation>
    </message>
    <message>
        <source>The database file cannot be reached any more (was its folder moved or unmounted?).</source>
        <translation>O arquivo do banco de dados não pode mais ser acessado (a pasta foi movida ou desmontada?).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full, so nothing was saved. Ask the server&apos;s administrator to free space.</source>
        <translation>O disco do servidor de banco de dados está cheio, então nada foi salvo. Peça ao administrador do servidor que libere espaço.</translation>
    </message>
    <message>
        <source>The database server accepts no changes right now (read-only).</source>
        <translation>O servidor de banco de dados não aceita alterações agora (somente leitura).</translation>
    </message>
    <message>
        <source>Your database user is not allowed to do this (%1).</source>
        <translation>Seu usuário do banco de dados não tem permissão para isso (%1).</translation>
    </message>
</context>
<context>
    <name>Delete</name>
    <message>
        <source>Contract “%1” is still used by %2.</source>
        <translation>O contrato “%1” ainda é usado por %2.</translation>
    </message>
    <message>
        <source>Customer “%1” still has %2.</source>
        <translation>O cliente “%1” ainda tem %2.</translation>
    </message>
    <message>
        <source>Type “%1” is still used by %2.</source>
        <translation>O tipo “%1” ainda é usado por %2.</translation>
    </message>
    <message>
        <source>Site “%1” is still used by %2.</source>
        <translation>O site “%1” ainda é usado por %2.</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 itens</translation>
    </message>
    <message>
        <source>1 contract</source>
        <translation>1 contrato</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1 contratos</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 site</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 sites</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already has data; demo data only goes into an empty one.</source>
        <translation>O banco de dados já tem dados; os dados de demonstração só entram em um banco vazio.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>product or service type</source>
        <translation>tipo de produto ou serviço</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>InventoryList</name>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>No items yet. Click New, or scan a barcode, to add the first one.</source>
        <translation>Nenhum item ainda. Clique em Novo, ou leia um código de barras, para cadastrar o primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>Excluir %n item?</numerusform>
            <numerusform>Excluir %n itens?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New item</source>
        <translation>Novo item</translation>
    </message>
    <message>
        <source>Inventory item</source>
        <translation>Item do inventário</translation>
    </message>
    <message>
        <source>Type or scan the serial number or barcode</source>
        <translation>Digite ou leia o número de série ou código de barras</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Type or choose a customer…</source>
        <translation>Digite ou escolha um cliente…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>New contract for this customer</source>
        <translation>Novo contrato para este cliente</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>New site for this customer</source>
        <translation>Novo site para este cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Product or service type</source>
        <translation>Tipo de produto ou serviço</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Escolha um tipo…</translation>
    </message>
    <message>
        <source>Choose a contract…</source>
        <translation>Escolha um contrato…</translation>
    </message>
    <message>
        <source>Choose the customer first</source>
        <translation>Escolha o cliente primeiro</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <translation>Escolha um site…</translation>
    </message>
    <message>
        <source>This customer has no contracts yet: create one with New…</source>
        <translation>Este cliente ainda não tem contratos: crie um com Novo…</translation>
    </message>
    <message>
        <source>This customer has no sites yet: create one with New…</source>
        <translation>Este cliente ainda não tem sites: crie um com Novo…</translation>
    </message>
    <message>
        <source>Already used by item %1 of customer %2.</source>
        <translation>Já usado pelo item %1 do cliente %2.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Criar um novo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del)</source>
        <translation>Excluir as linhas selecionadas (Del)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Search this list (Ctrl+F)</source>
        <translation>Pesquisar nesta lista (Ctrl+F)</translation>
    </message>
    <message>
        <source>Keyword: serial, name, description…</source>
        <translation>Palavra-chave: série, nome, descrição…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Nothing here yet. Click New to add the first record.</source>
        <translation>Nada aqui ainda. Clique em Novo para cadastrar o primeiro registro.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>Excluir %n registro?</numerusform>
            <numerusform>Excluir %n registros?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada corresponde a “%1”.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Isto não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Não excluído</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation>Já excluído</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Product or Service &amp;Types</source>
        <translation>&amp;Tipos de Produto ou Serviço</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Citrus Desktop</source>
        <translation>&amp;Sobre o Citrus Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match “%1”</source>
        <translation>
            <numerusform>%Ln registro corresponde a “%1”</numerusform>
            <numerusform>%Ln registros correspondem a “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Limpar a data</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time Citrus Desktop starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o Citrus Desktop for aberto.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>Conexão com o banco de dados…</translation>
    </message>
</context>
<context>
    <name>ProductTypeDialog</name>
    <message>
        <source>New type</source>
        <translation>Novo tipo</translation>
    </message>
    <message>
        <source>Product or service type</source>
        <translation>Tipo de produto ou serviço</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>e.g. Thermal printer</source>
        <translation>ex.: Impressora térmica</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Natureza</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Active (offered for new items)</source>
        <translation>Ativo (oferecido para novos itens)</translation>
    </message>
</context>
<context>
    <name>ProductTypeList</name>
    <message>
        <source>Product or Service Types</source>
        <translation>Tipos de Produto ou Serviço</translation>
    </message>
    <message>
        <source>No product or service types yet. Click New to add one.</source>
        <translation>Nenhum tipo de produto ou serviço ainda. Clique em Novo para cadastrar um.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n type(s)?</source>
        <translation>
            <numerusform>Excluir %n tipo?</numerusform>
            <numerusform>Excluir %n tipos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Created by %1 on %2.</source>
        <translation>Criado por %1 em %2.</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Alterado pela última vez por %1 em %2.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>This contract no longer exists.</source>
        <translation>Este contrato não existe mais.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Este cliente não existe mais.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Este item não existe mais.</translation>
    </message>
    <message>
        <source>This type no longer exists.</source>
        <translation>Este tipo não existe mais.</translation>
    </message>
    <message>
        <source>This record was deleted by someone else meanwhile.</source>
        <translation>Este registro foi excluído por outra pessoa nesse meio-tempo.</translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2 after you opened it.</source>
        <translation>Este registro foi alterado por %1 em %2 depois que você o abriu.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <source>The database refused the record: %1</source>
        <translation>O banco de dados recusou o registro: %1</translation>
    </message>
    <message>
        <source>Still in use by other records: %1</source>
        <translation>Ainda em uso por outros registros: %1</translation>
    </message>
    <message>
        <source>%1 of the selected records had already been deleted by someone else.</source>
        <translation>%1 dos registros selecionados já tinham sido excluídos por outra pessoa.</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Este site não existe mais.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Novo site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>e.g. Head office, Block A</source>
        <translation>ex.: Matriz, Bloco A</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>SiteList</name>
    <message>
        <source>No sites yet. Click New to add a location, city, unit or block.</source>
        <translation>Nenhum site ainda. Clique em Novo para cadastrar uma localização, cidade, unidade ou bloco.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n site(s)?</source>
        <translation>
            <numerusform>Excluir %n site?</numerusform>
            <numerusform>Excluir %n sites?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>no %1 translation catalogue in %2</source>
        <translation>nenhum catálogo de tradução %1 em %2</translation>
    </message>
    <message>
        <source>the %1 translation catalogue %2 is empty or unreadable</source>
        <translation>o catálogo de tradução %1 (%2) está vazio ou ilegível</translation>
    </message>
    <message>
        <source>the %1 catalogue is not in the bundle: %2</source>
        <translation>o catálogo %1 não está no pacote: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s own %1 translation (qtbase) is missing from %2</source>
        <translation>a tradução %1 do próprio Qt (qtbase) não está em %2</translation>
    </message>
    <message>
        <source>the app icon is missing: %1</source>
        <translation>o ícone do aplicativo não foi encontrado: %1</translation>
    </message>
    <message>
        <source>the app icon cannot be drawn (Qt SVG support missing)</source>
        <translation>o ícone do aplicativo não pode ser desenhado (falta o suporte a SVG do Qt)</translation>
    </message>
    <message>
        <source>the %1 dialog failed: %2</source>
        <translation>o diálogo %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 cannot contain the NUL character.</source>
        <translation>%1 não pode conter o caractere NUL.</translation>
    </message>
    <message>
        <source>%1 contains a character that cannot be stored.</source>
        <translation>%1 contém um caractere que não pode ser armazenado.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 é longo demais (no máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>Escolha o %1.</translation>
    </message>
    <message>
        <source>The chosen %1 no longer exists.</source>
        <translation>O %1 escolhido não existe mais.</translation>
    </message>
    <message>
        <source>This customer already has a contract “%1”.</source>
        <translation>Este cliente já tem um contrato “%1”.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>A data de fim não pode ser anterior à data de início.</translation>
    </message>
    <message>
        <source>A contract cannot move to another customer.</source>
        <translation>Um contrato não pode passar para outro cliente.</translation>
    </message>
    <message>
        <source>CPF/CNPJ must contain digits.</source>
        <translation>O CPF/CNPJ deve conter dígitos.</translation>
    </message>
    <message>
        <source>This CPF is not valid (check digits do not match).</source>
        <translation>Este CPF não é válido (os dígitos verificadores não conferem).</translation>
    </message>
    <message>
        <source>This CNPJ is not valid (check digits do not match).</source>
        <translation>Este CNPJ não é válido (os dígitos verificadores não conferem).</translation>
    </message>
    <message>
        <source>CPF/CNPJ must have 11 (CPF) or 14 (CNPJ) digits.</source>
        <translation>O CPF/CNPJ deve ter 11 (CPF) ou 14 (CNPJ) dígitos.</translation>
    </message>
    <message>
        <source>This CPF/CNPJ already belongs to customer “%1”.</source>
        <translation>Este CPF/CNPJ já pertence ao cliente “%1”.</translation>
    </message>
    <message>
        <source>E-mail must look like name@example.com.</source>
        <translation>O e-mail deve ter o formato nome@exemplo.com.br.</translation>
    </message>
    <message>
        <source>Serial number “%1” is already used by an item of customer “%2”.</source>
        <translation>O número de série “%1” já é usado por um item do cliente “%2”.</translation>
    </message>
    <message>
        <source>This contract belongs to another customer.</source>
        <translation>Este contrato pertence a outro cliente.</translation>
    </message>
    <message>
        <source>This site belongs to another customer.</source>
        <translation>Este site pertence a outro cliente.</translation>
    </message>
    <message>
        <source>There is already a type “%1”.</source>
        <translation>Já existe um tipo “%1”.</translation>
    </message>
    <message>
        <source>Kind must be Product or Service.</source>
        <translation>A natureza deve ser Produto ou Serviço.</translation>
    </message>
    <message>
        <source>This customer already has a site “%1”.</source>
        <translation>Este cliente já tem um site “%1”.</translation>
    </message>
    <message>
        <source>State must be a Brazilian UF such as SP or RJ.</source>
        <translation>O estado deve ser uma UF brasileira, como SP ou RJ.</translation>
    </message>
    <message>
        <source>A site cannot move to another customer.</source>
        <translation>Um site não pode passar para outro cliente.</translation>
    </message>
</context>
</TS>
