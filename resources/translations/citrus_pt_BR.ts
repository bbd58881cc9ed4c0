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
    <name>Access</name>
    <message>
        <source>Reader</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superusuário</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Sem perfil</translation>
    </message>
    <message>
        <source>Only user</source>
        <translation>Usuário único</translation>
    </message>
    <message>
        <source>looks up everything, changes nothing</source>
        <translation>consulta tudo, não altera nada</translation>
    </message>
    <message>
        <source>creates, edits, deletes and restores items, contracts, sites and customers</source>
        <translation>cria, edita, exclui e restaura itens, contratos, sites e clientes</translation>
    </message>
    <message>
        <source>everything editors do, plus types, the recycle bin and staff roles</source>
        <translation>tudo o que o editor faz, mais tipos, a lixeira e os perfis da equipe</translation>
    </message>
    <message>
        <source>owns the tables: the server does not limit this user</source>
        <translation>é dono das tabelas: o servidor não limita este usuário</translation>
    </message>
    <message>
        <source>server superuser: the server does not limit this user</source>
        <translation>superusuário do servidor: o servidor não limita este usuário</translation>
    </message>
    <message>
        <source>cannot use this database</source>
        <translation>não pode usar este banco de dados</translation>
    </message>
    <message>
        <source>this computer&apos;s own database: every right</source>
        <translation>banco de dados deste computador: todos os direitos</translation>
    </message>
    <message>
        <source>Your role is Reader: you can look everything up but not change it. Ask an administrator for the Editor role.</source>
        <translation>Seu perfil é Leitor: você pode consultar tudo, mas não alterar. Peça a um administrador o perfil Editor.</translation>
    </message>
    <message>
        <source>Only administrators change product and service types (your role: Editor).</source>
        <translation>Só administradores alteram tipos de produto ou serviço (seu perfil: Editor).</translation>
    </message>
    <message>
        <source>Your database user %1 may not change these records (role: %2).</source>
        <translation>Seu usuário do banco de dados %1 não pode alterar estes registros (perfil: %2).</translation>
    </message>
    <message>
        <source>Only administrators purge the recycle bin or change how long it keeps records (your role: %1).</source>
        <translation>Só administradores esvaziam a lixeira ou mudam por quanto tempo ela guarda os registros (seu perfil: %1).</translation>
    </message>
    <message>
        <source>Staff roles exist on a shared PostgreSQL database; on this computer&apos;s own file you have every right.</source>
        <translation>Perfis da equipe existem num banco de dados PostgreSQL compartilhado; no arquivo deste computador você tem todos os direitos.</translation>
    </message>
    <message>
        <source>Only administrators manage staff roles (your role: %1).</source>
        <translation>Só administradores gerenciam os perfis da equipe (seu perfil: %1).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Your database user %1 has no Citrus role on this database. Ask an administrator to grant you Reader, Editor or Administrator.</source>
        <translation>Seu usuário do banco de dados %1 não tem perfil do Citrus neste banco de dados. Peça a um administrador o perfil Leitor, Editor ou Administrador.</translation>
    </message>
    <message>
        <source>Your database user %1 is not allowed to do this.</source>
        <translation>Seu usuário do banco de dados %1 não tem permissão para isso.</translation>
    </message>
    <message>
        <source>The server refused this change. %1</source>
        <translation>O servidor recusou esta alteração. %1</translation>
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
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Database users and their roles: reader, editor, administrator</source>
        <translation>Usuários do banco de dados e seus perfis: leitor, editor, administrador</translation>
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
    <message>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <source>Deleted records: restore them, or purge them for good</source>
        <translation>Registros excluídos: restaure-os ou elimine-os de vez</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Feito manualmente</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <source>Before an update of Citrus Desktop</source>
        <translation>Antes de uma atualização do Citrus Desktop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is not a database file</source>
        <translation>não é um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>está danificado (%1)</translation>
    </message>
    <message>
        <source>is not a Citrus Desktop database</source>
        <translation>não é um banco de dados do Citrus Desktop</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>is damaged or not ours (%1)</source>
        <translation>está danificado ou não é do Citrus Desktop (%1)</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 já existe: escolha um novo nome de arquivo.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Nothing was changed.</source>
        <translation>Não foi possível gravar o backup em %1 (%2). Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Citrus Desktop (schema %2).</source>
        <translation>%1 foi feito por um Citrus Desktop mais novo (esquema %2).</translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). The data is as it was.</source>
        <translation>Não foi possível restaurar o backup (%1). Os dados continuam como estavam.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Show these numbers as a table</source>
        <translation>Mostrar estes números em uma tabela</translation>
    </message>
    <message>
        <source>Show as a table: %1</source>
        <translation>Mostrar como tabela: %1</translation>
    </message>
    <message>
        <source>Point at a bar, or click it, to read its number.</source>
        <translation>Aponte para uma barra, ou clique nela, para ler o seu número.</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>Serial number used by %1 items: %2</source>
        <translation>Número de série usado por %1 itens: %2</translation>
    </message>
    <message>
        <source>Contract code used twice by one customer: %2</source>
        <translation>Código de contrato repetido no mesmo cliente: %2</translation>
    </message>
    <message>
        <source>Site name used twice by one customer: %2</source>
        <translation>Nome de site repetido no mesmo cliente: %2</translation>
    </message>
    <message>
        <source>Type name used by %1 types: %2</source>
        <translation>Nome de tipo usado por %1 tipos: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… e mais %1.</translation>
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
    <message>
        <source>Database user</source>
        <translation>Usuário do banco de dados</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>What they may do</source>
        <translation>O que pode fazer</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminou</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Serial number or name</source>
        <translation>Número de série ou nome</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído em</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Excluído por</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Início do contrato</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fim do contrato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
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
    <message>
        <source>list, grant and revoke staff roles (PostgreSQL)</source>
        <translation>lista, concede e revoga perfis da equipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>Staff roles of a shared PostgreSQL database: reader (looks up everything, changes nothing), editor (also changes items, contracts, sites and customers), admin (also types, the recycle bin and staff roles).</source>
        <translation>Perfis da equipe de um banco de dados PostgreSQL compartilhado: reader (leitor: consulta tudo, não altera nada), editor (também altera itens, contratos, sites e clientes), admin (administrador: também tipos, a lixeira e os perfis da equipe).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AÇÃO</translation>
    </message>
    <message>
        <source>list the server&apos;s users and their roles</source>
        <translation>lista os usuários do servidor e seus perfis</translation>
    </message>
    <message>
        <source>give USER the role ROLE (their only one)</source>
        <translation>dá a USUÁRIO o perfil PERFIL (o único dele)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>take every role from USER</source>
        <translation>tira todos os perfis de USUÁRIO</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 agora é %2.</translation>
    </message>
    <message>
        <source>%1 has no role any more (now: %2).</source>
        <translation>%1 não tem mais perfil (agora: %2).</translation>
    </message>
    <message>
        <source>print item labels (QR code and Code 128) to a PDF</source>
        <translation>gera etiquetas dos itens (QR code e Code 128) em PDF</translation>
    </message>
    <message>
        <source>Write a PDF of labels, one per item: all items, those matching a keyword, or those with the serials given. Print it at 100% (no “fit to page”).</source>
        <translation>Gera um PDF de etiquetas, uma por item: todos os itens, os que contêm uma palavra-chave ou os dos números de série informados. Imprima em 100% (sem “ajustar à página”).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ARQUIVO.pdf</translation>
    </message>
    <message>
        <source>KEYWORD</source>
        <translation>PALAVRA</translation>
    </message>
    <message>
        <source>only the items the inventory list shows for this keyword</source>
        <translation>só os itens que a lista de inventário mostra para esta palavra-chave</translation>
    </message>
    <message>
        <source>S1,S2,…</source>
        <translation>S1,S2,…</translation>
    </message>
    <message>
        <source>only the items with these serial numbers, in this order</source>
        <translation>só os itens com estes números de série, nesta ordem</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>label sheet or roll (default: the last one used, else %1): %2</source>
        <translation>folha ou rolo de etiquetas (padrão: o último usado, senão %1): %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf</source>
        <translation>%1: o nome do arquivo deve terminar em .pdf</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: a pasta não existe</translation>
    </message>
    <message>
        <source>%1: serial: no item has this serial number</source>
        <translation>%1: número de série: nenhum item tem este número de série</translation>
    </message>
    <message>
        <source>no items to label: nothing written</source>
        <translation>nenhum item para etiquetar: nada foi gravado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 etiquetas</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>%1 on %2, %3, written to %4.</source>
        <translation>%1 em %2, %3, gravadas em %4.</translation>
    </message>
    <message>
        <source>copy the database (SQLite) into its backups folder, or into FILE</source>
        <translation>copia o banco de dados (SQLite) para a sua pasta de backups, ou para ARQUIVO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>where to write the copy (a new file); default: the backups folder</source>
        <translation>onde gravar a cópia (um arquivo novo); padrão: a pasta de backups</translation>
    </message>
    <message>
        <source>a shared server is backed up by its administrator with pg_dump, not by Citrus Desktop</source>
        <translation>o backup de um servidor compartilhado é feito pelo administrador com pg_dump, não pelo Citrus Desktop</translation>
    </message>
    <message>
        <source>%1: there is no database to back up</source>
        <translation>%1: não há banco de dados para copiar</translation>
    </message>
    <message>
        <source>Backup saved: %1 (%2 items, checked).</source>
        <translation>Backup salvo: %1 (%2 itens, verificado).</translation>
    </message>
    <message>
        <source>replace the data of the database (SQLite) by a backup&apos;s; the current data is backed up first</source>
        <translation>substitui os dados do banco de dados (SQLite) pelos de um backup; antes, faz backup dos dados atuais</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>o arquivo de backup</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>o backup é o próprio banco de dados</translation>
    </message>
    <message>
        <source>Restored %1 into %2. The data it replaced was saved to %3.</source>
        <translation>%1 restaurado em %2. Os dados substituídos foram salvos em %3.</translation>
    </message>
    <message>
        <source>copy the whole database into an empty SQLite file or PostgreSQL database</source>
        <translation>copia o banco de dados inteiro para um arquivo SQLite ou banco PostgreSQL vazio</translation>
    </message>
    <message>
        <source>Copy everything (records, history, recycle bin, with their ids and dates) into an empty database, then check that every table has the same number of rows.</source>
        <translation>Copia tudo (registros, histórico, lixeira, com seus ids e datas) para um banco de dados vazio e confere que cada tabela ficou com o mesmo número de linhas.</translation>
    </message>
    <message>
        <source>a new SQLite file, or a postgresql:// URL of an empty database</source>
        <translation>um arquivo SQLite novo, ou a URL postgresql:// de um banco vazio</translation>
    </message>
    <message>
        <source>Copied %1 into %2: %3 items, %4 customers, %5 rows in all; every table&apos;s count checked.</source>
        <translation>%1 copiado para %2: %3 itens, %4 clientes, %5 linhas ao todo; a contagem de cada tabela foi conferida.</translation>
    </message>
    <message>
        <source>write a list to a CSV or XLSX file (format from the file&apos;s extension)</source>
        <translation>grava uma lista em um arquivo CSV ou XLSX (formato pela extensão do arquivo)</translation>
    </message>
    <message>
        <source>Write the rows of a list, every field, to FILE: .csv (UTF-8 with BOM, ; between fields in Portuguese) or .xlsx.</source>
        <translation>Grava as linhas de uma lista, com todos os campos, em ARQUIVO: .csv (UTF-8 com BOM, ; entre os campos em português) ou .xlsx.</translation>
    </message>
    <message>
        <source>the file to write (.csv or .xlsx)</source>
        <translation>o arquivo a gravar (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>which list (default: inventory)</source>
        <translation>qual lista (padrão: inventory)</translation>
    </message>
    <message>
        <source>only the rows the keyword finds</source>
        <translation>somente as linhas que a palavra-chave encontra</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
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
        <source>Product or Service Types</source>
        <translation>Tipos de Produto ou Serviço</translation>
    </message>
    <message>
        <source>Exported %1 rows from %2 to %3.</source>
        <translation>%1 linhas exportadas de %2 para %3.</translation>
    </message>
    <message>
        <source>import the rows of a CSV, XLSX or ODS file into a list</source>
        <translation>importa as linhas de um arquivo CSV, XLSX ou ODS para uma lista</translation>
    </message>
    <message>
        <source>Import the rows of FILE into a list, in one transaction: the valid rows are written, every problem is printed as LINE: field: message. Columns are found by their header names, in English or Portuguese.</source>
        <translation>Importa as linhas de ARQUIVO para uma lista, em uma única transação: as linhas válidas são gravadas e cada problema é impresso como LINHA: campo: mensagem. As colunas são reconhecidas pelos nomes do cabeçalho, em português ou inglês.</translation>
    </message>
    <message>
        <source>the file to read (.csv, .xlsx, .xls or .ods)</source>
        <translation>o arquivo a ler (.csv, .xlsx, .xls ou .ods)</translation>
    </message>
    <message>
        <source>check every row and write nothing</source>
        <translation>confere todas as linhas e não grava nada</translation>
    </message>
    <message>
        <source>a row already in the database (same serial; customers: CPF/CNPJ or name): default skip</source>
        <translation>linha que já está no banco (mesmo número de série; clientes: CPF/CNPJ ou nome): padrão skip (ignorar)</translation>
    </message>
    <message>
        <source>create the customers, contracts, sites and types the file names and the database lacks</source>
        <translation>cria os clientes, contratos, sites e tipos que o arquivo cita e o banco ainda não tem</translation>
    </message>
    <message>
        <source>CSV: the text encoding (default: detected)</source>
        <translation>CSV: a codificação do texto (padrão: detectada)</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CARACTERE</translation>
    </message>
    <message>
        <source>CSV: the field separator (default: detected)</source>
        <translation>CSV: o separador de campos (padrão: detectado)</translation>
    </message>
    <message>
        <source>workbooks: the sheet to read (default: the first)</source>
        <translation>pastas de trabalho: a planilha a ler (padrão: a primeira)</translation>
    </message>
    <message>
        <source>how 03/04/2025 is read: dmy (default) or mdy</source>
        <translation>como 03/04/2025 é lido: dmy (dia/mês/ano, padrão) ou mdy (mês/dia/ano)</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARQUIVO.csv</translation>
    </message>
    <message>
        <source>also save the rows in error to this CSV file, to fix them</source>
        <translation>salva também as linhas com erro neste arquivo CSV, para corrigi-las</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>o arquivo não tem linhas</translation>
    </message>
    <message>
        <source>no column for %1 (the header row has: %2)</source>
        <translation>nenhuma coluna para %1 (o cabeçalho tem: %2)</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.</source>
        <translation>Simulação, nada foi gravado: %1.</translation>
    </message>
    <message>
        <source>It would create %1.</source>
        <translation>Seriam criados %1.</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>Importado para %1: %2.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Criados: %1.</translation>
    </message>
    <message>
        <source>The rows in error were not imported.</source>
        <translation>As linhas com erro não foram importadas.</translation>
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
    <message>
        <source>Contract %1</source>
        <translation>Contrato %1</translation>
    </message>
    <message>
        <source>Contract “%1” saved.</source>
        <translation>Contrato “%1” salvo.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %Ln item(s)</source>
        <translation>
            <numerusform>Cobre %Ln item</numerusform>
            <numerusform>Cobre %Ln itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers no items</source>
        <translation>Não cobre nenhum item</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
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
    <message>
        <source>Delete contract “%1”?</source>
        <translation>Excluir o contrato “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) deleted.</source>
        <translation>
            <numerusform>%n contrato excluído.</numerusform>
            <numerusform>%n contratos excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>%1 is the database in use: choose another one.</source>
        <translation>%1 é o banco de dados em uso: escolha outro.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: a pasta não existe.</translation>
    </message>
    <message>
        <source>%1 appeared while copying; nothing was replaced.</source>
        <translation>%1 apareceu durante a cópia; nada foi substituído.</translation>
    </message>
    <message>
        <source>The server&apos;s data could not be copied before its upgrade, so it was not upgraded: %1</source>
        <translation>Não foi possível copiar os dados do servidor antes da atualização, então ele não foi atualizado: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and this database %3: copy into an empty database.</source>
        <translation>%1 tem a versão de esquema %2 e este banco, a %3: copie para um banco vazio.</translation>
    </message>
    <message>
        <source>%1 already holds records; a copy goes only into an empty database.</source>
        <translation>%1 já tem registros; a cópia só pode ir para um banco de dados vazio.</translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was copied.</source>
        <translation>Cópia cancelada; nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy was not kept: %1 has %2 rows in this database but %3 in the copy.</source>
        <translation>A cópia foi descartada: %1 tem %2 linhas neste banco, mas %3 na cópia.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy the database</source>
        <translation>Copiar o banco de dados</translation>
    </message>
    <message>
        <source>Copies everything — records, history and recycle bin, with their ids and dates — into an empty database: a solo file onto the team&apos;s server, or the server&apos;s data into a file.</source>
        <translation>Copia tudo — registros, histórico e lixeira, com seus ids e datas — para um banco de dados vazio: um arquivo individual para o servidor da equipe, ou os dados do servidor para um arquivo.</translation>
    </message>
    <message>
        <source>A new &amp;SQLite file</source>
        <translation>Um novo arquivo &amp;SQLite</translation>
    </message>
    <message>
        <source>An empty &amp;PostgreSQL database</source>
        <translation>Um banco &amp;PostgreSQL vazio</translation>
    </message>
    <message>
        <source>Path of the new file, e.g. /home/me/inventario-copia.db</source>
        <translation>Caminho do novo arquivo, por exemplo /home/eu/inventario-copia.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The new database file</source>
        <translation>O novo arquivo de banco de dados</translation>
    </message>
    <message>
        <source>Citrus Desktop database (*.db)</source>
        <translation>Banco de dados do Citrus Desktop (*.db)</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copying… %1 of %2 rows</source>
        <translation>Copiando… %1 de %2 linhas</translation>
    </message>
    <message>
        <source>Copied into %1: %2 items, %3 customers, %4 rows in all; every table&apos;s count checked. To work on the copy, choose it in File › Preferences › Database connection.</source>
        <translation>Copiado para %1: %2 itens, %3 clientes, %4 linhas ao todo; a contagem de cada tabela foi conferida. Para trabalhar na cópia, escolha-a em Arquivo › Preferências › Conexão com o banco de dados.</translation>
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
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Customer “%1” saved.</source>
        <translation>Cliente “%1” salvo.</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company or person name</source>
        <translation>Razão social ou nome da pessoa</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>CNPJ or CPF, with or without punctuation</source>
        <translation>CNPJ ou CPF, com ou sem pontuação</translation>
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
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>(11) 91234-5678</source>
        <translation>(11) 91234-5678</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
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
    <message>
        <source>Delete customer “%1”?</source>
        <translation>Excluir o cliente “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) deleted.</source>
        <translation>
            <numerusform>%n cliente excluído.</numerusform>
            <numerusform>%n clientes excluídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
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
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Every change of this customer: who, when, what</source>
        <translation>Todas as alterações deste cliente: quem, quando, o quê</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Items by type (top 10)</source>
        <translation>Itens por tipo (10 maiores)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Items by customer (top 10)</source>
        <translation>Itens por cliente (10 maiores)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Items added per month (last 12 months)</source>
        <translation>Itens incluídos por mês (últimos 12 meses)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Your inventory is empty</source>
        <translation>Seu inventário está vazio</translation>
    </message>
    <message>
        <source>Add the first item: its form creates the customer, contract, site and type as you go. Or bring in the spreadsheet you keep today (CSV, Excel or LibreOffice).</source>
        <translation>Adicione o primeiro item: o formulário cria o cliente, o contrato, o site e o tipo à medida que você avança. Ou traga a planilha que você usa hoje (CSV, Excel ou LibreOffice).</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Novo item</translation>
    </message>
    <message>
        <source>Open the inventory and add an item (Ctrl+N there)</source>
        <translation>Abre o inventário e adiciona um item (lá, Ctrl+N)</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importar uma planilha…</translation>
    </message>
    <message>
        <source>Import the items of a CSV, XLSX or ODS file</source>
        <translation>Importa os itens de um arquivo CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <source>items</source>
        <translation>itens</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contratos</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>end within 30 days</source>
        <translation>terminam em até 30 dias</translation>
    </message>
    <message>
        <source>ended with items</source>
        <translation>terminados com itens</translation>
    </message>
    <message>
        <source>Open the inventory</source>
        <translation>Abrir o inventário</translation>
    </message>
    <message>
        <source>Open the customers</source>
        <translation>Abrir os clientes</translation>
    </message>
    <message>
        <source>Open the product or service types</source>
        <translation>Abrir os tipos de produto ou serviço</translation>
    </message>
    <message>
        <source>Show the contracts ending within 30 days</source>
        <translation>Mostrar os contratos que terminam em até 30 dias</translation>
    </message>
    <message>
        <source>Show the contracts that ended with items under them</source>
        <translation>Mostrar os contratos terminados que ainda têm itens</translation>
    </message>
    <message>
        <source>Show the contracts ending within 90 days</source>
        <translation>Mostrar os contratos que terminam em até 90 dias</translation>
    </message>
    <message>
        <source>Contracts ending within 90 days</source>
        <translation>Contratos que terminam em até 90 dias</translation>
    </message>
    <message>
        <source>No contract ends within 90 days.</source>
        <translation>Nenhum contrato termina nos próximos 90 dias.</translation>
    </message>
    <message>
        <source>Ended, with items still under them</source>
        <translation>Terminados, ainda com itens</translation>
    </message>
    <message>
        <source>No ended contract has items under it.</source>
        <translation>Nenhum contrato terminado tem itens.</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Nenhum item ainda.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parcela</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all)</source>
        <translation>%1: %2 (%3 do total)</translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation>%1: %2 incluídos</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Ending in %1: %2 contracts</source>
        <translation>Terminam em %1: %2 contratos</translation>
    </message>
    <message>
        <source>Ended, with items still under them (%1)</source>
        <translation>Terminados, ainda com itens (%1)</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Outros tipos</translation>
    </message>
    <message>
        <source>Other customers</source>
        <translation>Outros clientes</translation>
    </message>
    <message>
        <source>Open the contract</source>
        <translation>Abrir o contrato</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Abrir o cliente</translation>
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
        <source>this user may not use this database: ask a Citrus administrator to grant you a role (reader, editor or admin)</source>
        <translation>este usuário não pode usar este banco de dados: peça a um administrador do Citrus um perfil (leitor, editor ou administrador)</translation>
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
        <source>This stock-take is finished: its result is kept as it was found and cannot be changed, so nothing was saved. Start a new count of the site instead.</source>
        <translation>Esta conferência está concluída: seu resultado fica como foi encontrado e não pode ser alterado, por isso nada foi salvo. Comece uma nova conferência do local.</translation>
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
    <message>
        <source>its schema must be upgraded from version %1 to %2, which only the owner of its tables can do. Ask the administrator to open it once with this version as the owner (README, “Team roles”); until then the previous version keeps working</source>
        <translation>o esquema precisa ser atualizado da versão %1 para a %2, o que só o dono das tabelas pode fazer. Peça ao administrador que o abra uma vez com esta versão como dono (README, “Team roles”); até lá a versão anterior continua funcionando</translation>
    </message>
    <message>
        <source>this version adds team roles (reader, editor, admin), which only a superuser (or the tables&apos; owner allowed to create roles) can set up. Ask the server&apos;s administrator to open the database once with this version as such a user; until then the previous version keeps working</source>
        <translation>esta versão traz perfis da equipe (leitor, editor, administrador), que só um superusuário (ou o dono das tabelas com permissão para criar roles) pode configurar. Peça ao administrador do servidor que abra o banco de dados uma vez com esta versão como esse usuário; até lá a versão anterior continua funcionando</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device)</source>
        <translation>não é um arquivo comum (é um pipe, socket ou dispositivo)</translation>
    </message>
    <message>
        <source>could not be backed up before its upgrade, so nothing was changed</source>
        <translation>não pôde ser copiado (backup) antes da atualização, por isso nada foi alterado</translation>
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
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
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
    <name>DialogListPage</name>
    <message>
        <source>Cannot open</source>
        <translation>Não foi possível abrir</translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message>
        <source>Show them on the dashboard</source>
        <translation>Mostrá-los no painel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) end within 30 days</source>
        <translation>
            <numerusform>%Ln contrato termina em até 30 dias</numerusform>
            <numerusform>%Ln contratos terminam em até 30 dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Citrus Desktop&apos;s dashboard to renew them or act on their items.</source>
        <translation>Abra o painel do Citrus Desktop para renová-los ou cuidar dos seus itens.</translation>
    </message>
</context>
<context>
    <name>ExpiryWords</name>
    <message>
        <source>Ends today</source>
        <translation>Termina hoje</translation>
    </message>
    <message>
        <source>Ends tomorrow</source>
        <translation>Termina amanhã</translation>
    </message>
    <message>
        <source>Ended yesterday</source>
        <translation>Terminou ontem</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Terminou há %n dia</numerusform>
            <numerusform>Terminou há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Termina em %n dia</numerusform>
            <numerusform>Termina em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>≤ 30 days</source>
        <translation>≤ 30 dias</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dias</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dias</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: choose a file name ending in .csv or .xlsx.</source>
        <translation>%1: escolha um nome de arquivo terminado em .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows and this list has %2: export it as CSV.</source>
        <translation>Uma planilha do Excel comporta no máximo %1 linhas e esta lista tem %2: exporte como CSV.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
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
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>A CSV file, or an Excel (.xlsx, .xls) or LibreOffice (.ods) workbook, with a header row.</source>
        <translation>Um arquivo CSV, ou uma planilha do Excel (.xlsx, .xls) ou do LibreOffice (.ods), com uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Type the file&apos;s path or click Browse…</source>
        <translation>Digite o caminho do arquivo ou clique em Procurar…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Planilha:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Escolha o arquivo a importar</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.csv *.xlsx *.xls *.ods *.txt)</source>
        <translation>Planilhas e CSV (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>The file has no rows below its header row.</source>
        <translation>O arquivo não tem linhas abaixo do cabeçalho.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header row.</source>
        <translation>
            <numerusform>%n linha abaixo do cabeçalho.</numerusform>
            <numerusform>%n linhas abaixo do cabeçalho.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>undo</source>
        <translation>desfazer</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>refazer</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>importação de %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dados de demonstração</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message>
        <source>%1 of %2 found, %3 not found, %4 unexpected, %5 moved here</source>
        <translation>%1 de %2 encontrados, %3 não encontrados, %4 inesperados, %5 movidos para cá</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (excluído)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>creation of %1</source>
        <translation>criação de %1</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>edição de %1</translation>
    </message>
    <message>
        <source>delete of %1</source>
        <translation>exclusão de %1</translation>
    </message>
    <message>
        <source>restore of %1</source>
        <translation>restauração de %1</translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation>alteração de %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>1 type</source>
        <translation>1 tipo</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 tipos</translation>
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
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Conferência</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — %1</source>
        <translation>Histórico — %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Deleted (to the recycle bin)</source>
        <translation>Excluído (para a Lixeira)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Stock-take finished</source>
        <translation>Conferência concluída</translation>
    </message>
    <message>
        <source>unknown (outside Citrus Desktop)</source>
        <translation>desconhecido (fora do Citrus Desktop)</translation>
    </message>
    <message>
        <source>No history is kept for this record yet.</source>
        <translation>Ainda não há histórico deste registro.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Write the year with four digits (%1).</source>
        <translation>Escreva o ano com quatro dígitos (%1).</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>“%1” não é uma data (%2).</translation>
    </message>
    <message>
        <source>dates are read as month/day/year, e.g. 12/31/2025</source>
        <translation>as datas são lidas como mês/dia/ano, por exemplo 12/31/2025</translation>
    </message>
    <message>
        <source>dates are read as day/month/year, e.g. 31/12/2025</source>
        <translation>as datas são lidas como dia/mês/ano, por exemplo 31/12/2025</translation>
    </message>
    <message>
        <source>“%1” is also on line %2 of this file.</source>
        <translation>“%1” também está na linha %2 deste arquivo.</translation>
    </message>
    <message>
        <source>%1 customers are named “%2”; give this row their CPF/CNPJ to choose one.</source>
        <translation>%1 clientes se chamam “%2”; informe nesta linha o CPF/CNPJ para escolher um deles.</translation>
    </message>
    <message>
        <source>already in the database (skipped)</source>
        <translation>já está no banco de dados (ignorada)</translation>
    </message>
    <message>
        <source>A customer named “%1” is already in the database.</source>
        <translation>Já existe no banco de dados um cliente chamado “%1”.</translation>
    </message>
    <message>
        <source>write Yes or No</source>
        <translation>escreva Sim ou Não</translation>
    </message>
    <message>
        <source>already up to date (skipped)</source>
        <translation>já está atualizada (ignorada)</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>altera %1</translation>
    </message>
    <message>
        <source>CPF/CNPJ: the spreadsheet stored %1 as a number; its leading zeros are put back</source>
        <translation>CPF/CNPJ: a planilha guardou %1 como número; os zeros à esquerda foram recolocados</translation>
    </message>
    <message>
        <source>%1 customers are named “%2”; rename one of them to import this row.</source>
        <translation>%1 clientes se chamam “%2”; renomeie um deles para importar esta linha.</translation>
    </message>
    <message>
        <source>There is no customer “%1”.</source>
        <translation>Não existe o cliente “%1”.</translation>
    </message>
    <message>
        <source>Fix the name, or choose to create missing records (--create-missing).</source>
        <translation>Corrija o nome, ou escolha criar os registros que faltam (--create-missing).</translation>
    </message>
    <message>
        <source>Contract “%1” already exists with other dates; its dates stay as they are.</source>
        <translation>O contrato “%1” já existe com outras datas; as datas dele ficam como estão.</translation>
    </message>
    <message>
        <source>Customer “%2” has no contract “%1”.</source>
        <translation>O cliente “%2” não tem o contrato “%1”.</translation>
    </message>
    <message>
        <source>Site “%1” already exists with another city or state; it stays as it is.</source>
        <translation>O site “%1” já existe com outra cidade ou estado; ele fica como está.</translation>
    </message>
    <message>
        <source>Customer “%2” has no site “%1”.</source>
        <translation>O cliente “%2” não tem o site “%1”.</translation>
    </message>
    <message>
        <source>Type “%1” already exists with the other kind; it stays as it is.</source>
        <translation>O tipo “%1” já existe com a outra natureza; ele fica como está.</translation>
    </message>
    <message>
        <source>There is no type “%1”.</source>
        <translation>Não existe o tipo “%1”.</translation>
    </message>
    <message>
        <source>There is no type “%1”, and your role may not create it: %2</source>
        <translation>Não existe o tipo “%1”, e seu perfil não permite criá-lo: %2</translation>
    </message>
    <message>
        <source>1 new</source>
        <translation>1 novo</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 novos</translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 atualizado</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 atualizados</translation>
    </message>
    <message>
        <source>1 skipped</source>
        <translation>1 ignorado</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorados</translation>
    </message>
    <message>
        <source>1 in error</source>
        <translation>1 com erro</translation>
    </message>
    <message>
        <source>%1 in error</source>
        <translation>%1 com erro</translation>
    </message>
    <message>
        <source>1 with warnings</source>
        <translation>1 com avisos</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 com avisos</translation>
    </message>
    <message>
        <source>1 type</source>
        <translation>1 tipo</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 tipos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>The database changed since the preview, so nothing was imported: check the new preview.</source>
        <translation>O banco de dados mudou desde a prévia, então nada foi importado: confira a nova prévia.</translation>
    </message>
    <message>
        <source>Someone else changed a record during the import, so nothing was imported: %1</source>
        <translation>Outra pessoa alterou um registro durante a importação, então nada foi importado: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nada foi importado. %1</translation>
    </message>
    <message>
        <source>The database refused the import, so nothing was imported: %1</source>
        <translation>O banco de dados recusou a importação, então nada foi importado: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importação cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: the spreadsheet keeps only 15 digits of a number, so “%2” may not be what was typed; format the column as text</source>
        <translation>%1: a planilha guarda só 15 dígitos de um número, então “%2” pode não ser o que foi digitado; formate a coluna como texto</translation>
    </message>
    <message>
        <source>This row has more values than the header has columns; is a separator inside a value?</source>
        <translation>Esta linha tem mais valores do que o cabeçalho tem colunas; há um separador dentro de algum valor?</translation>
    </message>
    <message>
        <source>the spreadsheet wrote this number in exponent form (%1), so its digits are lost; format the column as text and save the file again</source>
        <translation>a planilha gravou este número em notação científica (%1), então os dígitos se perderam; formate a coluna como texto e salve o arquivo de novo</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 com BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, Western)</source>
        <translation>Windows-1252 (Excel, ocidental)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Ponto e vírgula (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Vírgula (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation>codificação desconhecida %1</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>a pasta de trabalho não tem planilhas</translation>
    </message>
    <message>
        <source>the workbook has no sheet named “%1”</source>
        <translation>a pasta de trabalho não tem uma planilha chamada “%1”</translation>
    </message>
    <message>
        <source>the workbook is protected by a password; save a copy without one</source>
        <translation>a pasta de trabalho está protegida por senha; salve uma cópia sem senha</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet (%1)</source>
        <translation>não pode ser lido como planilha (%1)</translation>
    </message>
    <message>
        <source>this is not %1 text (byte 0x%2): choose another encoding</source>
        <translation>este texto não é %1 (byte 0x%2): escolha outra codificação</translation>
    </message>
    <message>
        <source>cannot be read as CSV (%1); is a quote (&quot;) left open?</source>
        <translation>não pode ser lido como CSV (%1); ficou alguma aspa (&quot;) aberta?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import items</source>
        <translation>Importar itens</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
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
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Print labels of the selected items, or of every item shown (Ctrl+P)</source>
        <translation>Imprimir etiquetas dos itens selecionados, ou de todos os itens mostrados (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <source>Make labels for all %n item(s) shown?</source>
        <translation>
            <numerusform>Gerar etiquetas para o %n item mostrado?</numerusform>
            <numerusform>Gerar etiquetas para todos os %n itens mostrados?</numerusform>
        </translation>
    </message>
    <message>
        <source>To label only some, select their rows first (Ctrl+click, Shift+click).</source>
        <translation>Para etiquetar só alguns, selecione as linhas antes (Ctrl+clique, Shift+clique).</translation>
    </message>
    <message>
        <source>Make labels</source>
        <translation>Gerar etiquetas</translation>
    </message>
    <message>
        <source>Delete item “%1”?</source>
        <translation>Excluir o item “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted.</source>
        <translation>
            <numerusform>%n item excluído.</numerusform>
            <numerusform>%n itens excluídos.</numerusform>
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
        <source>The customer&apos;s contracts and sites cannot be read now.</source>
        <translation>Os contratos e sites do cliente não podem ser lidos agora.</translation>
    </message>
    <message>
        <source>Customers cannot be suggested now.</source>
        <translation>Não é possível sugerir clientes agora.</translation>
    </message>
    <message>
        <source>Could not check the serial now; Save checks it again.</source>
        <translation>Não foi possível verificar o número de série agora; Salvar verifica de novo.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>New product or service type</source>
        <translation>Novo tipo de produto ou serviço</translation>
    </message>
    <message>
        <source>Already used by item “%1” of customer “%2”.</source>
        <translation>Já usado pelo item “%1” do cliente “%2”.</translation>
    </message>
    <message>
        <source>Item “%1” saved.</source>
        <translation>Item “%1” salvo.</translation>
    </message>
    <message>
        <source>No customers yet: create the first one with New…</source>
        <translation>Ainda não há clientes: crie o primeiro com Novo…</translation>
    </message>
    <message>
        <source>No product or service types yet: create one with New…</source>
        <translation>Ainda não há tipos de produto ou serviço: crie um com Novo…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Calibration page — %1</source>
        <translation>Página de calibração — %1</translation>
    </message>
    <message>
        <source>Print at 100% (no “fit to page”) on plain paper.</source>
        <translation>Imprima em 100% (sem “ajustar à página”) em papel comum.</translation>
    </message>
    <message>
        <source>Lay it over a sheet of labels against the light: each box should cover a label.</source>
        <translation>Sobreponha-a a uma folha de etiquetas contra a luz: cada quadro deve cobrir uma etiqueta.</translation>
    </message>
    <message>
        <source>Boxes right of the labels: lower X by the distance; boxes below them: lower Y.</source>
        <translation>Quadros à direita das etiquetas: diminua X pela distância; quadros abaixo delas: diminua Y.</translation>
    </message>
    <message>
        <source>Offset used: X %1 mm, Y %2 mm.</source>
        <translation>Deslocamento usado: X %1 mm, Y %2 mm.</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Página de calibração</translation>
    </message>
    <message>
        <source>QR code only: Code 128 cannot hold characters beyond ASCII.</source>
        <translation>Só QR code: o Code 128 não comporta caracteres fora do ASCII.</translation>
    </message>
    <message>
        <source>QR code only: the serial is too long for a Code 128 this wide.</source>
        <translation>Só QR code: o número de série é longo demais para um Code 128 desta largura.</translation>
    </message>
    <message>
        <source>Thermal roll %1 — one label a page</source>
        <translation>Rolo térmico %1 — uma etiqueta por página</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4 per sheet (%5)</source>
        <translation>%1 %2 — %3, %4 por folha (%5)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>rolo</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>For a part-used sheet: the first free label, counted along each row</source>
        <translation>Para uma folha já usada em parte: a primeira etiqueta livre, contando ao longo de cada linha</translation>
    </message>
    <message>
        <source>No printer (positions exactly as laid out)</source>
        <translation>Nenhuma impressora (posições exatamente como no modelo)</translation>
    </message>
    <message>
        <source>Moves everything right (negative: left)</source>
        <translation>Move tudo para a direita (negativo: para a esquerda)</translation>
    </message>
    <message>
        <source>Moves everything down (negative: up)</source>
        <translation>Move tudo para baixo (negativo: para cima)</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Print a calibration page…</source>
        <translation>Imprimir página de calibração…</translation>
    </message>
    <message>
        <source>Draw label outlines (plain paper)</source>
        <translation>Desenhar o contorno das etiquetas (papel comum)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Começar na etiqueta</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <source>Offset (mm)</source>
        <translation>Deslocamento (mm)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s), one a page</source>
        <translation>
            <numerusform>%n etiqueta, uma por página</numerusform>
            <numerusform>%n etiquetas, uma por página</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n folha</numerusform>
            <numerusform>%n folhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Nenhuma etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) carry the QR code alone: Code 128 cannot hold characters beyond ASCII (%1).</source>
        <translation>
            <numerusform>%n etiqueta leva só o QR code: o Code 128 não comporta caracteres fora do ASCII (%1).</numerusform>
            <numerusform>%n etiquetas levam só o QR code: o Code 128 não comporta caracteres fora do ASCII (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) carry the QR code alone: the serial is too long for a Code 128 on this label (%1).</source>
        <translation>
            <numerusform>%n etiqueta leva só o QR code: o número de série é longo demais para um Code 128 nesta etiqueta (%1).</numerusform>
            <numerusform>%n etiquetas levam só o QR code: o número de série é longo demais para um Code 128 nesta etiqueta (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Checked the first %1 labels.)</source>
        <translation>(Verificadas as primeiras %1 etiquetas.)</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Salvar etiquetas em PDF</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>etiquetas.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>The calibration page was not printed.</source>
        <translation>A página de calibração não foi impressa.</translation>
    </message>
    <message>
        <source>Calibration page sent. Lay it over a label sheet and adjust X and Y.</source>
        <translation>Página de calibração enviada. Sobreponha-a a uma folha de etiquetas e ajuste X e Y.</translation>
    </message>
    <message>
        <source>Writing labels…</source>
        <translation>Gerando etiquetas…</translation>
    </message>
    <message>
        <source>The labels were not written.</source>
        <translation>As etiquetas não foram geradas.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Interrompido: nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>CSV, for Excel and LibreOffice (*.csv)</source>
        <translation>CSV, para Excel e LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar “%1”</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 of %3 rows</source>
        <translation>Exportando para %1… %2 de %3 linhas</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>%1 linhas exportadas para %2.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir o arquivo</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add or update records from a CSV, Excel or ODS file</source>
        <translation>Adiciona ou atualiza registros a partir de um arquivo CSV, Excel ou ODS</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Criados: %1.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>%1 rows were written in one step.</source>
        <translation>%1 linhas foram gravadas em uma única etapa.</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>The list could not be read because of an unexpected error (it is in the log).</source>
        <translation>A lista não pôde ser lida por um erro inesperado (ele está no log).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>The search for “%1” failed: %2</source>
        <translation>A pesquisa por “%1” falhou: %2</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>A lista não pôde ser lida: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Excluir “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>%n registro excluído.</numerusform>
            <numerusform>%n registros excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records go to the recycle bin (Administration › Recycle bin), where they can be restored; Ctrl+Z undoes the delete.</source>
        <translation>Os registros excluídos vão para a Lixeira (Administração › Lixeira), de onde podem ser restaurados; Ctrl+Z desfaz a exclusão.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the rows of this list to a CSV or Excel file</source>
        <translation>Salva as linhas desta lista em um arquivo CSV ou do Excel</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Changes made elsewhere are not shown right now: %1</source>
        <translation>Alterações feitas em outros computadores não estão sendo mostradas agora: %1</translation>
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
    <message>
        <source>The customer cannot be opened</source>
        <translation>Não foi possível abrir o cliente</translation>
    </message>
    <message>
        <source>Serial numbers to fix</source>
        <translation>Números de série a corrigir</translation>
    </message>
    <message>
        <source>Some records are the same by the rule for serial numbers, codes and names (case, accents, width and invisible characters do not count). An older version or another program wrote them; every one was kept. Give each its own serial number (or code, or name); their other fields can be edited as usual.</source>
        <translation>Alguns registros são iguais pela regra de números de série, códigos e nomes (maiúsculas, acentos, largura e caracteres invisíveis não contam). Uma versão anterior ou outro programa os gravou; todos foram mantidos. Dê a cada um seu próprio número de série (ou código, ou nome); os demais campos podem ser editados normalmente.</translation>
    </message>
    <message>
        <source>No records match “%1”</source>
        <translation>Nenhum registro corresponde a “%1”</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Nenhum registro</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy the database to…</source>
        <translation>&amp;Copiar o banco de dados para…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Which field each column of the file fills. Fields marked * are required.</source>
        <translation>Qual campo cada coluna do arquivo preenche. Os campos marcados com * são obrigatórios.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>The columns are set as for the last file with these headers.</source>
        <translation>As colunas estão como no último arquivo com este cabeçalho.</translation>
    </message>
    <message>
        <source>Columns were matched to fields by their header names; check them.</source>
        <translation>As colunas foram ligadas aos campos pelos nomes do cabeçalho; confira.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(não importar)</translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation>Escolha a coluna de: %1.</translation>
    </message>
    <message>
        <source>Each field takes one column: %1 is chosen more than once.</source>
        <translation>Cada campo recebe uma só coluna: %1 foi escolhido mais de uma vez.</translation>
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
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>What to do with rows already in the database, and with names it does not know.</source>
        <translation>O que fazer com as linhas que já estão no banco de dados e com os nomes que ele não conhece.</translation>
    </message>
    <message>
        <source>Skip it: keep the record as it is</source>
        <translation>Ignorar: manter o registro como está</translation>
    </message>
    <message>
        <source>Update it with the file&apos;s values</source>
        <translation>Atualizar com os valores do arquivo</translation>
    </message>
    <message>
        <source>Report it as an error</source>
        <translation>Apontar como erro</translation>
    </message>
    <message>
        <source>Create the customers, contracts, sites and types that the file names and the database lacks</source>
        <translation>Criar os clientes, contratos, sites e tipos que o arquivo cita e o banco de dados ainda não tem</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2025)</source>
        <translation>Dia/mês/ano (31/12/2025)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2025)</source>
        <translation>Mês/dia/ano (12/31/2025)</translation>
    </message>
    <message>
        <source>&amp;Dates in the file:</source>
        <translation>&amp;Datas no arquivo:</translation>
    </message>
    <message>
        <source>A row whose &amp;serial number is already in the database:</source>
        <translation>Linha cujo &amp;número de série já está no banco de dados:</translation>
    </message>
    <message>
        <source>A row whose &amp;customer is already in the database (same CPF/CNPJ, or same name):</source>
        <translation>Linha cujo &amp;cliente já está no banco de dados (mesmo CPF/CNPJ ou mesmo nome):</translation>
    </message>
    <message>
        <source>Updating changes only the fields the file has columns for; an empty cell empties the field.</source>
        <translation>A atualização altera só os campos que têm coluna no arquivo; uma célula vazia esvazia o campo.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Type part of a name to find the other customers…</source>
        <translation>Digite parte de um nome para achar os outros clientes…</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>DISPLAY is not set, so there is no X11 display to show windows on</source>
        <translation>DISPLAY não está definido, então não há tela X11 onde mostrar janelas</translation>
    </message>
    <message>
        <source>cannot connect to the X11 display “%1”</source>
        <translation>não foi possível conectar à tela X11 “%1”</translation>
    </message>
    <message>
        <source>WAYLAND_DISPLAY is not set, so there is no Wayland display</source>
        <translation>WAYLAND_DISPLAY não está definido, então não há tela Wayland</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display “%1”</source>
        <translation>não foi possível conectar à tela Wayland “%1”</translation>
    </message>
    <message>
        <source>Qt cannot open windows: the system libraries %1 are missing.</source>
        <translation>O Qt não consegue abrir janelas: faltam as bibliotecas do sistema %1.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu install them with: sudo apt-get install %1</source>
        <translation>No Debian ou Ubuntu, instale-as com: sudo apt-get install %1</translation>
    </message>
    <message>
        <source>Install the packages that provide %1.</source>
        <translation>Instale os pacotes que fornecem %1.</translation>
    </message>
    <message>
        <source>No display to show the window on (%1). Start it in a desktop session; --smoke-test and the sub-commands (see --help) work without one.</source>
        <translation>Não há tela onde mostrar a janela (%1). Inicie-o numa sessão gráfica; --smoke-test e os subcomandos (veja --help) funcionam sem tela.</translation>
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
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <source>Notify me once a day of contracts ending within 30 days</source>
        <translation>Avisar-me uma vez por dia dos contratos que terminam em até 30 dias</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>The recycle bin keeps deleted records this long, and the history keeps every change this long (each record&apos;s creation and last change are always kept). Older ones are erased at the next start. This applies to the whole database.</source>
        <translation>A Lixeira guarda os registros excluídos por este tempo, e o histórico guarda cada alteração por este tempo (a criação e a última alteração de cada registro são sempre mantidas). Os mais antigos são apagados na próxima inicialização. Vale para todo o banco de dados.</translation>
    </message>
    <message>
        <source>Keep deleted records and history</source>
        <translation>Guardar excluídos e histórico por</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Problem or change</source>
        <translation>Problema ou alteração</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Every row as it will be imported. Nothing is written until you click Import.</source>
        <translation>Cada linha como será importada. Nada é gravado até você clicar em Importar.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Mostrar só as linhas com problemas</translation>
    </message>
    <message>
        <source>Save rows in error…</source>
        <translation>Salvar linhas com erro…</translation>
    </message>
    <message>
        <source>Save the rows in error as a CSV file, to fix them and import it again</source>
        <translation>Salva as linhas com erro em um arquivo CSV, para corrigi-las e importá-lo de novo</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Conferindo as linhas…</translation>
    </message>
    <message>
        <source>%1 rows: %2.</source>
        <translation>%1 linhas: %2.</translation>
    </message>
    <message>
        <source>1 row: %2.</source>
        <translation>1 linha: %2.</translation>
    </message>
    <message>
        <source>Creates %1.</source>
        <translation>Cria %1.</translation>
    </message>
    <message>
        <source>Rows in error are left out; save them to fix them and import them again.</source>
        <translation>As linhas com erro ficam de fora; salve-as para corrigi-las e importá-las de novo.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nada a importar.</translation>
    </message>
    <message>
        <source>Save the rows in error</source>
        <translation>Salvar as linhas com erro</translation>
    </message>
    <message>
        <source>CSV, for Excel and LibreOffice (*.csv)</source>
        <translation>CSV, para Excel e LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>rows-in-error.csv</source>
        <translation>linhas-com-erro.csv</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in error saved to %1.</source>
        <translation>
            <numerusform>%n linha com erro salva em %1.</numerusform>
            <numerusform>%n linhas com erro salvas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>ProductTypeDialog</name>
    <message>
        <source>New type</source>
        <translation>Novo tipo</translation>
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
    <message>
        <source>Type %1</source>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>Type “%1” saved.</source>
        <translation>Tipo “%1” salvo.</translation>
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
    <message>
        <source>Delete type “%1”?</source>
        <translation>Excluir o tipo “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s) deleted.</source>
        <translation>
            <numerusform>%n tipo excluído.</numerusform>
            <numerusform>%n tipos excluídos.</numerusform>
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
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Who changed this record cannot be shown right now.</source>
        <translation>Não é possível mostrar agora quem alterou este registro.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Descartar suas alterações?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>O que você digitou neste formulário não foi salvo.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Every change of this record: who, when, what</source>
        <translation>Todas as alterações deste registro: quem, quando, o quê</translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <source>The recycle bin is empty. Deleted records wait here until they are restored or purged.</source>
        <translation>A Lixeira está vazia. Os registros excluídos ficam aqui até serem restaurados ou eliminados.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the selected records back as they were, with those deleted together (Ctrl+R)</source>
        <translation>Devolve os registros selecionados como eram, junto com os excluídos ao mesmo tempo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Erase the selected records for good (Del)</source>
        <translation>Apaga de vez os registros selecionados (Del)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Every change of the selected record</source>
        <translation>Todas as alterações do registro selecionado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nada foi restaurado.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n registro restaurado.</numerusform>
            <numerusform>%n registros restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n record(s) for good?</source>
        <translation>
            <numerusform>Apagar %n registro de vez?</numerusform>
            <numerusform>Apagar %n registros de vez?</numerusform>
        </translation>
    </message>
    <message>
        <source>They cannot be restored afterwards, and their history is erased too.</source>
        <translation>Depois não será possível restaurá-los, e o histórico deles também é apagado.</translation>
    </message>
    <message>
        <source>Not purged</source>
        <translation>Não eliminado</translation>
    </message>
    <message>
        <source>Nothing was purged.</source>
        <translation>Nada foi eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged.</source>
        <translation>
            <numerusform>%n registro eliminado.</numerusform>
            <numerusform>%n registros eliminados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Stock-take %1 %2</source>
        <translation>Conferência %1 %2</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para planilhas (*.csv)</translation>
    </message>
    <message>
        <source>Save the stock-take report</source>
        <translation>Salvar o relatório da conferência</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Relatório não salvo</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>O relatório não foi salvo.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>These records are no longer in the recycle bin.</source>
        <translation>Estes registros não estão mais na Lixeira.</translation>
    </message>
    <message>
        <source>Keep between 1 and 36,500 days.</source>
        <translation>Escolha entre 1 e 36.500 dias.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…e mais %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>another record now has its number</source>
        <translation>outro registro usa agora o seu número</translation>
    </message>
    <message>
        <source>its %1 “%2” is in the recycle bin: restore it first</source>
        <translation>seu %1 “%2” está na Lixeira: restaure-o primeiro</translation>
    </message>
    <message>
        <source>its %1 no longer exists</source>
        <translation>seu %1 não existe mais</translation>
    </message>
    <message>
        <source>serial number “%1” is now used by an item of customer “%2”</source>
        <translation>o número de série “%1” agora é usado por um item do cliente “%2”</translation>
    </message>
    <message>
        <source>serial number “%1” is used twice</source>
        <translation>o número de série “%1” aparece duas vezes</translation>
    </message>
    <message>
        <source>its customer now has another contract “%1”</source>
        <translation>seu cliente agora tem outro contrato “%1”</translation>
    </message>
    <message>
        <source>its customer now has another site “%1”</source>
        <translation>seu cliente agora tem outro site “%1”</translation>
    </message>
    <message>
        <source>there is now another type “%1”</source>
        <translation>agora existe outro tipo “%1”</translation>
    </message>
    <message>
        <source>CPF/CNPJ %1 now belongs to customer “%2”</source>
        <translation>o CPF/CNPJ %1 agora pertence ao cliente “%2”</translation>
    </message>
    <message>
        <source>The database refused to put the records back: %1</source>
        <translation>O banco de dados recusou devolver os registros: %1</translation>
    </message>
    <message>
        <source>it is now used by %1</source>
        <translation>agora é usado por %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Escolha o backup para o qual voltar. Antes é feito um backup dos dados como estão agora, então é possível desfazer restaurando esse backup.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lendo os backups…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir a pasta</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilizável</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup em %1</numerusform>
            <numerusform>%n backups em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>Ainda não há backups em %1.</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1?</source>
        <translation>Substituir os dados atuais pelos do backup de %1?</translation>
    </message>
    <message>
        <source>The data as it is now is backed up first. Open windows show the restored data.</source>
        <translation>Antes é feito um backup dos dados como estão agora. As janelas abertas passam a mostrar os dados restaurados.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar um backup…</translation>
    </message>
    <message>
        <source>The shared server&apos;s backups are made by its administrator (pg_dump), not by Citrus Desktop.</source>
        <translation>Os backups do servidor compartilhado são feitos pelo administrador dele (pg_dump), não pelo Citrus Desktop.</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder beside it (%1)</source>
        <translation>Copia o banco de dados para a pasta de backups ao lado dele (%1)</translation>
    </message>
    <message>
        <source>Before updating the server&apos;s database, its data was copied to %1</source>
        <translation>Antes de atualizar o banco de dados do servidor, os dados dele foram copiados para %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>O backup diário falhou: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>Backup não feito</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup salvo: %1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando o backup…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <source>Backup restored. The data it replaced was saved to %1</source>
        <translation>Backup restaurado. Os dados substituídos foram salvos em %1</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>O banco de dados não pode ser aberto</translation>
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
    <name>ScanField</name>
    <message>
        <source>Scan or type a serial (Ctrl+L)</source>
        <translation>Leia ou digite um número de série (Ctrl+L)</translation>
    </message>
    <message>
        <source>Scan a label or type a serial number and press Enter to open its item</source>
        <translation>Leia uma etiqueta ou digite um número de série e tecle Enter para abrir o item</translation>
    </message>
    <message>
        <source>Unknown serial</source>
        <translation>Número de série desconhecido</translation>
    </message>
    <message>
        <source>No item has the serial “%1”.</source>
        <translation>Nenhum item tem o número de série “%1”.</translation>
    </message>
    <message>
        <source>Create a new item with this serial?</source>
        <translation>Cadastrar um novo item com este número de série?</translation>
    </message>
    <message>
        <source>Create item</source>
        <translation>Cadastrar item</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Leitura</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Novo site</translation>
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
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Site “%1” saved.</source>
        <translation>Site “%1” salvo.</translation>
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
    <message>
        <source>Delete site “%1”?</source>
        <translation>Excluir o site “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) deleted.</source>
        <translation>
            <numerusform>%n site excluído.</numerusform>
            <numerusform>%n sites excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock-take(s) of the site go to the recycle bin too, and come back on Restore or Ctrl+Z.</source>
        <translation>
            <numerusform>%n conferência do site também vai para a lixeira e volta com Restaurar ou Ctrl+Z.</numerusform>
            <numerusform>%n conferências do site também vão para a lixeira e voltam com Restaurar ou Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
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
    <message>
        <source>labels cannot be drawn: %1</source>
        <translation>as etiquetas não podem ser desenhadas: %1</translation>
    </message>
    <message>
        <source>labels come out without their codes</source>
        <translation>as etiquetas saem sem os códigos</translation>
    </message>
    <message>
        <source>desktop notifications cannot be sent: %1</source>
        <translation>as notificações da área de trabalho não podem ser enviadas: %1</translation>
    </message>
    <message>
        <source>a workbook written does not read back</source>
        <translation>uma planilha gravada não pode ser lida de volta</translation>
    </message>
    <message>
        <source>spreadsheet files cannot be read or written: %1</source>
        <translation>não é possível ler ou gravar planilhas: %1</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>owner of the tables: for upgrades, not for daily work</source>
        <translation>dono das tabelas: para atualizações, não para o trabalho diário</translation>
    </message>
    <message>
        <source>Choose the database user.</source>
        <translation>Escolha o usuário do banco de dados.</translation>
    </message>
    <message>
        <source>There is no database user “%1” on the server. The server&apos;s administrator creates it first (README, “Team roles”).</source>
        <translation>Não há usuário do banco de dados “%1” no servidor. O administrador do servidor precisa criá-lo antes (README, “Team roles”).</translation>
    </message>
    <message>
        <source>“%1” is a superuser: the server never limits them, so no role applies.</source>
        <translation>“%1” é superusuário: o servidor nunca o limita, então nenhum perfil se aplica.</translation>
    </message>
    <message>
        <source>You may not grant or take away the Administrator role: it was granted to you without the right to pass it on. Ask the administrator who granted it.</source>
        <translation>Você não pode conceder nem tirar o perfil Administrador: ele lhe foi concedido sem o direito de repassá-lo. Fale com o administrador que o concedeu.</translation>
    </message>
    <message>
        <source>Choose Reader, Editor or Administrator.</source>
        <translation>Escolha Leitor, Editor ou Administrador.</translation>
    </message>
    <message>
        <source>“%1” has no Citrus role of their own to take away (role: %2).</source>
        <translation>“%1” não tem perfil do Citrus próprio para tirar (perfil: %2).</translation>
    </message>
    <message>
        <source>This database user no longer exists on the server.</source>
        <translation>Este usuário do banco de dados não existe mais no servidor.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff role</source>
        <translation>Perfil na equipe</translation>
    </message>
    <message>
        <source>Database user name</source>
        <translation>Nome do usuário do banco de dados</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuário do banco de dados</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Reader looks up everything and changes nothing. Editor also creates, edits, deletes and restores items, contracts, sites and customers. Administrator also changes types, purges the recycle bin and manages staff roles.</source>
        <translation>Leitor consulta tudo e não altera nada. Editor também cria, edita, exclui e restaura itens, contratos, sites e clientes. Administrador também altera tipos, esvazia a lixeira e gerencia os perfis da equipe.</translation>
    </message>
    <message>
        <source>Grant the role (Ctrl+S)</source>
        <translation>Conceder o perfil (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Grant…</source>
        <translation>Conceder…</translation>
    </message>
    <message>
        <source>Give a database user a role (Ctrl+N)</source>
        <translation>Dar um perfil a um usuário do banco de dados (Ctrl+N)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Take every role from the selected users (Del)</source>
        <translation>Tirar todos os perfis dos usuários selecionados (Del)</translation>
    </message>
    <message>
        <source>Each person signs in with their own database user, which the server&apos;s administrator creates. Here you choose what each may do; the server enforces it for every program.</source>
        <translation>Cada pessoa entra com seu próprio usuário do banco de dados, criado pelo administrador do servidor. Aqui você escolhe o que cada uma pode fazer; o servidor garante isso para qualquer programa.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>The server has no database users besides its superusers.</source>
        <translation>O servidor não tem usuários do banco de dados além dos superusuários.</translation>
    </message>
    <message numerus="yes">
        <source>Take every role from %n user(s)?</source>
        <translation>
            <numerusform>Tirar todos os perfis de %n usuário?</numerusform>
            <numerusform>Tirar todos os perfis de %n usuários?</numerusform>
        </translation>
    </message>
    <message>
        <source>You are among them: you will lose your access at once.</source>
        <translation>Você está entre eles: perderá seu acesso na hora.</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Não revogado</translation>
    </message>
</context>
<context>
    <name>StockTake</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Itens encontrados</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrados</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Inesperados</translation>
    </message>
    <message>
        <source>Moved to this site</source>
        <translation>Movidos para este site</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Where it belongs</source>
        <translation>Onde está cadastrado</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Lido em</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Not found yet</source>
        <translation>Ainda não encontrado</translation>
    </message>
    <message>
        <source>Found, moved here</source>
        <translation>Encontrado, movido para cá</translation>
    </message>
    <message>
        <source>Unexpected: another site of this customer</source>
        <translation>Inesperado: outro site deste cliente</translation>
    </message>
    <message>
        <source>Unexpected: another customer&apos;s item</source>
        <translation>Inesperado: item de outro cliente</translation>
    </message>
    <message>
        <source>Unknown serial</source>
        <translation>Número de série desconhecido</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Este site não existe mais.</translation>
    </message>
    <message>
        <source>The count could not be started; try again.</source>
        <translation>Não foi possível iniciar a conferência; tente de novo.</translation>
    </message>
    <message>
        <source>This count no longer exists.</source>
        <translation>Esta conferência não existe mais.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Nada foi lido.</translation>
    </message>
    <message>
        <source>That is too long to be a serial number.</source>
        <translation>Isso é longo demais para ser um número de série.</translation>
    </message>
    <message>
        <source>The scan could not be recorded; scan it again.</source>
        <translation>A leitura não foi registrada; leia de novo.</translation>
    </message>
    <message>
        <source>This count is finished; start a new one to scan.</source>
        <translation>Esta conferência foi concluída; inicie uma nova para ler.</translation>
    </message>
    <message>
        <source>Moved to the counted site</source>
        <translation>Movido para o site conferido</translation>
    </message>
    <message>
        <source>Stock-take report</source>
        <translation>Relatório de conferência</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Check a site&apos;s items by scanning them</source>
        <translation>Conferir os itens de um site lendo as etiquetas</translation>
    </message>
    <message>
        <source>its site is being counted again: finish that count first</source>
        <translation>seu site está sendo conferido de novo: conclua essa conferência primeiro</translation>
    </message>
</context>
<context>
    <name>StockTakeResults</name>
    <message>
        <source>Stock-take of %1 by %2: %3 of %4 found, %5 not found, %6 unexpected, %7 moved here.</source>
        <translation>Conferência de %1 por %2: %3 de %4 encontrados, %5 não encontrados, %6 inesperados, %7 movidos para cá.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Relatório…</translation>
    </message>
    <message>
        <source>Save a count&apos;s report again (PDF or CSV); every count is in the History</source>
        <translation>Salvar de novo o relatório de uma conferência (PDF ou CSV); todas as conferências estão no Histórico</translation>
    </message>
</context>
<context>
    <name>StockTakeWindow</name>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Where it belongs</source>
        <translation>Onde está cadastrado</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Lido em</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Type or choose a customer…</source>
        <translation>Digite ou escolha um cliente…</translation>
    </message>
    <message>
        <source>Scan each item&apos;s label here (or type its serial and press Enter)</source>
        <translation>Leia aqui a etiqueta de cada item (ou digite o número de série e tecle Enter)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>A tone for each scan: rising when found, low when something is wrong</source>
        <translation>Um som a cada leitura: ascendente quando encontrado, grave quando algo está errado</translation>
    </message>
    <message>
        <source>Move to this site</source>
        <translation>Mover para este site</translation>
    </message>
    <message>
        <source>Move the selected items of this customer&apos;s other sites here</source>
        <translation>Mover para cá os itens selecionados de outros sites deste cliente</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Keep the count as it is and close; choosing this site again resumes it</source>
        <translation>Guardar a conferência como está e fechar; escolher este site de novo a retoma</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Concluir…</translation>
    </message>
    <message>
        <source>Finish the count (Ctrl+Return): its result is kept and a report saved</source>
        <translation>Concluir a conferência (Ctrl+Enter): o resultado fica registrado e um relatório é salvo</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Salvar relatório…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <translation>Escolha um site…</translation>
    </message>
    <message>
        <source>Choose the customer first</source>
        <translation>Escolha o cliente primeiro</translation>
    </message>
    <message>
        <source>Choose the customer and the site to count.</source>
        <translation>Escolha o cliente e o site a conferir.</translation>
    </message>
    <message>
        <source>Resumed the count started on %1 by %2.</source>
        <translation>Conferência iniciada em %1 por %2 retomada.</translation>
    </message>
    <message>
        <source>Choose the customer and the site first.</source>
        <translation>Escolha o cliente e o site primeiro.</translation>
    </message>
    <message>
        <source>Scan the items of this site, one after the other.</source>
        <translation>Leia os itens deste site, um após o outro.</translation>
    </message>
    <message>
        <source>✓ Found: %1</source>
        <translation>✓ Encontrado: %1</translation>
    </message>
    <message>
        <source>Already counted: %1</source>
        <translation>Já conferido: %1</translation>
    </message>
    <message>
        <source>⚠ %1 belongs to another site of this customer: %2</source>
        <translation>⚠ %1 pertence a outro site deste cliente: %2</translation>
    </message>
    <message>
        <source>⚠ %1 is another customer&apos;s item: %2</source>
        <translation>⚠ %1 é item de outro cliente: %2</translation>
    </message>
    <message>
        <source>? %1: no item has this serial</source>
        <translation>? %1: nenhum item tem este número de série</translation>
    </message>
    <message>
        <source>Found %1 of %2 · Not found %3 · Unexpected %4 · Moved here %5</source>
        <translation>Encontrados %1 de %2 · Não encontrados %3 · Inesperados %4 · Movidos para cá %5</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to this site.</source>
        <translation>
            <numerusform>%n item movido para este site.</numerusform>
            <numerusform>%n itens movidos para este site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the count</source>
        <translation>Concluir a conferência</translation>
    </message>
    <message>
        <source>Finish counting this site?</source>
        <translation>Concluir a conferência deste site?</translation>
    </message>
    <message numerus="yes">
        <source>%n expected item(s) were not found; they are recorded as not found.</source>
        <translation>
            <numerusform>%n item esperado não foi encontrado; fica registrado como não encontrado.</numerusform>
            <numerusform>%n itens esperados não foram encontrados; ficam registrados como não encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Finished on %1: %2 of %3 found. Save the report now.</source>
        <translation>Concluída em %1: %2 de %3 encontrados. Salve o relatório agora.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Relatório salvo: %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>The data was restored from a backup since: this can no longer be undone.</source>
        <translation>Os dados foram restaurados de um backup desde então: isto não pode mais ser desfeito.</translation>
    </message>
    <message>
        <source>There is nothing left to undo in this action.</source>
        <translation>Não resta nada a desfazer nesta ação.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after this action.</source>
        <translation>%1 foi alterado por %2 em %3, depois desta ação.</translation>
    </message>
    <message>
        <source>%1 exists again since this action.</source>
        <translation>%1 voltou a existir depois desta ação.</translation>
    </message>
    <message>
        <source>%1 is no longer in the recycle bin (restored or purged since).</source>
        <translation>%1 não está mais na Lixeira (foi restaurado ou eliminado desde então).</translation>
    </message>
    <message>
        <source>%1 was deleted after this action.</source>
        <translation>%1 foi excluído depois desta ação.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after this action.</source>
        <translation>%1 foi alterado por outra pessoa depois desta ação.</translation>
    </message>
    <message>
        <source>%1 cannot be undone.</source>
        <translation>%1 não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Someone else changed these records at the same moment. Try again.</source>
        <translation>Outra pessoa alterou estes registros no mesmo momento. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Desfeito: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Refeito: %1.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Não é possível desfazer</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Não é possível refazer</translation>
    </message>
    <message>
        <source>“Undo %1” was not applied, and nothing was changed.</source>
        <translation>“Desfazer %1” não foi aplicado, e nada foi alterado.</translation>
    </message>
    <message>
        <source>“Redo %1” was not applied, and nothing was changed.</source>
        <translation>“Refazer %1” não foi aplicado, e nada foi alterado.</translation>
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
        <source>This CPF is not valid (check digits do not match).</source>
        <translation>Este CPF não é válido (os dígitos verificadores não conferem).</translation>
    </message>
    <message>
        <source>This CNPJ is not valid (check digits do not match).</source>
        <translation>Este CNPJ não é válido (os dígitos verificadores não conferem).</translation>
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
    <message>
        <source>%1 must be one line, without tabs or other control characters.</source>
        <translation>%1 deve ter uma só linha, sem tabulações ou outros caracteres de controle.</translation>
    </message>
    <message>
        <source>CPF/CNPJ may hold only digits and letters (dots, slash and hyphen are fine).</source>
        <translation>CPF/CNPJ pode conter apenas dígitos e letras (pontos, barra e hífen são aceitos).</translation>
    </message>
    <message>
        <source>CPF/CNPJ must have 11 digits (CPF) or 14 digits and capital letters (CNPJ).</source>
        <translation>CPF/CNPJ deve ter 11 dígitos (CPF) ou 14 dígitos e letras maiúsculas (CNPJ).</translation>
    </message>
    <message>
        <source>CPF/CNPJ: a CPF holds digits only, and 11 characters are too few for a CNPJ.</source>
        <translation>CPF/CNPJ: um CPF tem só dígitos, e 11 caracteres são poucos para um CNPJ.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
</TS>
