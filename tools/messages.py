#!/usr/bin/env python3
"""Writes both message bundles from one table. Run after adding keys: python3 tools/messages.py
Each entry: key -> (zh_CN, en). The bundles are overwritten: edit this table, not the .properties files."""
import pathlib, collections

M = collections.OrderedDict()
def add(key, zh, en): M[key] = (zh, en)

add('app.name', '信赖 Shinrai', 'Shinrai')
add('app.tagline', '正确 + 亲切 = 信赖', 'Accurate + Kind = Trust')
# navigation
add('nav.menu', '菜单', 'Menu')
add('nav.home', '首页', 'Home')
add('nav.breadcrumb', '当前位置', 'Breadcrumb')
add('nav.signOut', '退出登录', 'Sign out')
add('nav.section.service', '服务前台', 'Service')
add('nav.section.workshop', '车间', 'Workshop')
add('nav.section.customers', '客户', 'Customers')
add('nav.section.parts', '配件', 'Parts')
add('nav.section.network', '网络', 'Network')
add('nav.section.administration', '管理', 'Administration')
add('nav.staff', '员工管理', 'Staff')
add('nav.dealerSettings', '门店信息', 'Dealer profile')
add('nav.networkDealers', '网络经销商', 'Network dealers')
add('nav.audit', '审计日志', 'Audit log')
add('language.current', '中文', 'English')
add('language.zh', '中文', '中文 (Chinese)')
add('language.en', 'English（英文）', 'English')
# actions
add('action.close', '关闭', 'Close')
add('action.save', '保存', 'Save')
add('action.cancel', '取消', 'Cancel')
add('action.reset', '重置', 'Reset')
add('action.filter', '筛选', 'Filter')
add('validation.required', '不能为空', 'must not be blank')
# sign-in
add('login.title', '登录 - 信赖', 'Sign in - Shinrai')
add('login.username', '用户名', 'Username')
add('login.password', '密码', 'Password')
add('login.submit', '登录', 'Sign in')
add('login.error.credentials', '用户名或密码错误。', 'Wrong username or password.')
add('login.error.locked', '密码错误次数过多，账户已临时锁定，请 15 分钟后再试或联系门店管理员。',
    'Too many wrong passwords: the account is locked for 15 minutes. Try again later or ask your dealer admin.')
add('login.error.disabled', '该账户已停用，请联系门店管理员。', 'This account is disabled. Ask your dealer admin.')
add('login.error.expired', '页面已过期，请重新登录。', 'The page had expired; please sign in again.')
add('login.signedOut', '您已安全退出。', 'You have signed out.')
# home
add('home.title', '首页 - 信赖', 'Home - Shinrai')
add('home.greeting', '{0}，您好！', 'Hello, {0}!')
add('home.intro', '以下是您的岗位可以使用的功能。', 'These are the places your job gives you access to.')
add('home.yourRoles', '您的岗位：', 'Your roles:')
# roles
roles = {
 'DEALER_ADMIN': ('门店管理员', 'Dealer admin'),
 'SERVICE_MANAGER': ('服务经理', 'Service manager'),
 'SERVICE_ADVISOR': ('服务顾问', 'Service advisor'),
 'TECHNICIAN': ('维修技师', 'Technician'),
 'FOREMAN': ('车间班组长', 'Foreman (team leader)'),
 'QC_INSPECTOR': ('质检员', 'QC inspector'),
 'CASHIER': ('收银员', 'Cashier'),
 'CUSTOMER_RELATIONS': ('客服专员', 'Customer-relations agent'),
 'PARTS_CLERK': ('配件管理员', 'Parts clerk'),
 'NETWORK_ANALYST': ('网络分析员', 'Network analyst'),
}
for k, (zh, en) in roles.items(): add('role.' + k, zh, en)
perms = {
 'DEALER_SETTINGS_MANAGE': ('维护门店信息', 'Manage the dealer profile'),
 'STAFF_MANAGE': ('管理员工与权限', 'Manage staff and roles'),
 'AUDIT_READ': ('查看审计日志', 'Read the audit log'),
 'NETWORK_DEALERS_READ': ('查看网络内经销商', 'See the network\'s dealers'),
 'NETWORK_KPI_READ': ('查看网络 KPI', 'Read network KPIs'),
 'DEALER_KPI_READ': ('查看门店 KPI', 'Read dealer KPIs'),
 'CUSTOMER_READ': ('查看客户与车辆', 'Read customers and vehicles'),
 'CUSTOMER_WRITE': ('维护客户与车辆', 'Edit customers and vehicles'),
 'CUSTOMER_CONTACT_VIEW': ('查看完整联系方式', 'See unmasked contact details'),
 'CUSTOMER_MERGE': ('合并重复客户', 'Merge duplicate customers'),
 'CUSTOMER_IMPORT_EXPORT': ('导入导出客户', 'Import and export customers'),
 'APPOINTMENT_BOOK': ('预约', 'Book appointments'),
 'RECEPTION_PERFORM': ('接车', 'Receive vehicles'),
 'REPAIR_ORDER_WRITE': ('开具委托书', 'Write repair orders'),
 'REPAIR_ORDER_DISPATCH': ('派工', 'Dispatch repair work'),
 'REPAIR_WORK': ('维修作业与自检', 'Do repair work and self-inspection'),
 'INSPECTION_TEAM_LEADER': ('班组长检验', 'Team-leader inspection'),
 'INSPECTION_FINAL': ('终检', 'Final quality inspection'),
 'SETTLEMENT': ('结算收款', 'Settle and take payment'),
 'FOLLOW_UP_CALL': ('回访', 'Follow-up calls'),
 'COMPLAINT_HANDLE': ('处理投诉', 'Handle complaints'),
 'CARE_CAMPAIGN_MANAGE': ('客户关怀活动', 'Run customer-care campaigns'),
 'PARTS_MANAGE': ('配件库存管理', 'Manage parts inventory'),
 'PARTS_ISSUE': ('配件出库', 'Issue parts'),
}
for k, (zh, en) in perms.items(): add('permission.' + k, zh, en)
# staff
add('staff.title', '员工管理', 'Staff')
add('staff.hire', '新增员工', 'Add staff member')
add('staff.edit', '编辑员工', 'Edit staff member')
add('staff.displayName', '姓名', 'Name')
add('staff.username', '用户名', 'Username')
add('staff.roles', '岗位', 'Roles')
add('staff.status', '状态', 'Status')
add('staff.lastSignIn', '最近登录', 'Last sign-in')
add('staff.never', '从未登录', 'never')
add('staff.active', '正常', 'Active')
add('staff.disabled', '已停用', 'Disabled')
add('staff.locked', '已锁定', 'Locked')
add('staff.enabled', '允许登录', 'May sign in')
add('staff.initialPassword', '初始密码', 'Initial password')
add('staff.resetPassword', '重置密码', 'Reset password')
add('staff.newPassword', '新密码（至少 10 位）', 'New password (10+ characters)')
add('staff.lockedUntil', '该账户因多次密码错误被锁定至 {0}。', 'Locked after repeated wrong passwords until {0}.')
add('staff.unlock', '立即解锁', 'Unlock now')
add('staff.hired', '已新增员工 {0}。', 'Added {0}.')
add('staff.updated', '已保存 {0} 的信息。', 'Saved {0}.')
add('staff.passwordReset', '密码已重置。', 'Password reset.')
add('staff.unlocked', '账户已解锁。', 'Account unlocked.')
add('staff.error.noRole', '请至少选择一个岗位', 'choose at least one role')
add('staff.error.networkRole', '门店员工不能担任网络岗位', 'dealer staff cannot hold a network role')
add('staff.error.usernameFormat', '用户名须为 2-40 位字母、数字、点、横线或下划线，并以字母或数字开头',
    'use 2-40 letters, digits, dots, dashes or underscores, starting with a letter or digit')
add('staff.error.usernameTaken', '用户名 {0} 已被使用', 'the username {0} is already taken')
add('staff.error.cannotLockOutYourself', '不能停用自己或取消自己的门店管理员岗位',
    'you cannot disable yourself or drop your own dealer admin role')
add('staff.error.passwordTooShort', '密码至少需要 {0} 个字符', 'the password needs at least {0} characters')
add('staff.error.passwordContainsUsername', '密码不能包含用户名', 'the password must not contain the username')
add('staff.error.passwordOnlyDigits', '密码不能全为数字', 'the password must not be digits only')
# own account
add('account.password.title', '修改密码', 'Change password')
add('account.currentPassword', '当前密码', 'Current password')
add('account.newPassword', '新密码', 'New password')
add('account.confirmation', '再次输入新密码', 'New password again')
add('account.password.changed', '密码已修改。', 'Your password has been changed.')
add('account.error.currentPasswordWrong', '当前密码不正确', 'the current password is wrong')
add('account.error.confirmationMismatch', '两次输入的新密码不一致', 'the two new passwords differ')
# dealer
add('dealer.settings.title', '门店信息', 'Dealer profile')
add('dealer.settings.code', '经销商代码：{0}', 'Dealer code: {0}')
add('dealer.code', '代码', 'Code')
add('dealer.name', '门店名称', 'Name')
add('dealer.address', '地址', 'Address')
add('dealer.phone', '服务电话', 'Service phone')
add('dealer.opensAt', '营业开始', 'Opens at')
add('dealer.closesAt', '营业结束', 'Closes at')
add('dealer.timeZone', '时区', 'Time zone')
add('dealer.labourRate', '工时单价（元/小时）', 'Labour rate (CNY per hour)')
add('dealer.activeStaff', '在岗员工', 'Active staff')
add('dealer.saved', '门店信息已保存。', 'Dealer profile saved.')
add('dealer.error.hours', '营业结束时间须晚于开始时间', 'closing time must be after opening time')
add('dealer.error.timeZone', '未知的时区', 'unknown time zone')
add('dealer.error.labourRate', '工时单价不能为负数', 'the labour rate cannot be negative')
add('network.dealers.title', '网络经销商', 'Network dealers')
add('network.dealers.intro', '{0} 下的全部经销商（只读）。', 'All dealers of {0} (read-only).')
# audit
add('audit.title', '审计日志', 'Audit log')
add('audit.from', '开始日期', 'From')
add('audit.to', '结束日期', 'To')
add('audit.actor', '操作人', 'Who')
add('audit.action', '操作', 'Action')
add('audit.action.any', '全部操作', 'Any action')
add('audit.action.SIGN_IN', '登录', 'Sign-in')
add('audit.action.SIGN_IN_FAILED', '登录失败', 'Failed sign-in')
add('audit.action.INSERT', '新增', 'Created')
add('audit.action.UPDATE', '修改', 'Changed')
add('audit.action.DELETE', '删除', 'Deleted')
add('audit.when', '时间', 'When')
add('audit.entity', '对象', 'Record')
add('audit.details', '详情', 'Details')
add('audit.system', '系统', 'System')
add('audit.empty', '没有符合条件的记录。', 'Nothing matches.')
add('audit.older', '更早的记录', 'Older entries')
# errors: pages
add('error.page.title', '出错了 - 信赖', 'Error - Shinrai')
add('error.page.404', '您要找的页面或记录不存在。', 'The page or record you asked for does not exist.')
add('error.page.403', '您的岗位无权访问此页面。', 'Your role does not give access to this page.')
add('error.page.other', '抱歉，出了点问题。请稍后再试。', 'Sorry, something went wrong. Please try again.')
# errors: API problem details
for status, zh, en in [(400, '请求无效', 'Bad request'), (401, '未登录', 'Unauthorized'), (403, '无权访问', 'Forbidden'),
                       (404, '未找到', 'Not found'), (405, '方法不允许', 'Method not allowed'), (406, '无法提供该格式', 'Not acceptable'),
                       (409, '冲突', 'Conflict'), (413, '内容过大', 'Payload too large'), (415, '不支持的内容类型', 'Unsupported media type'),
                       (429, '请求过于频繁', 'Too many requests'), (500, '服务器错误', 'Internal server error'), (503, '服务暂不可用', 'Service unavailable')]:
    add('problem.title.%d' % status, zh, en)
add('error.status.400', '请求格式不正确。', 'The request is malformed.')
add('error.status.401', '请先登录。', 'Sign in first.')
add('error.status.403', '您无权执行此操作。', 'You are not allowed to do this.')
add('error.status.404', '请求的资源不存在。', 'No such resource.')
add('error.status.405', '此地址不支持该请求方法。', 'This address does not support that method.')
add('error.status.406', '无法以请求的格式返回结果。', 'The result cannot be given in the requested format.')
add('error.status.409', '请求与当前数据冲突。', 'The request conflicts with the current data.')
add('error.status.413', '上传的内容过大。', 'The upload is too large.')
add('error.status.415', '不支持该内容类型。', 'That content type is not supported.')
add('error.status.429', '请求过于频繁，请稍后再试。', 'Too many requests; try again later.')
add('error.status.500', '服务器出错了。', 'The server failed.')
add('error.status.503', '服务暂时不可用，请稍后再试。', 'The service is unavailable; try again later.')
add('error.validation', '提交的数据有误，请检查标出的字段。', 'Some fields are invalid; see errors.')
add('error.notFound', '{0} {1} 不存在。', 'There is no {0} {1}.')
add('error.forbidden', '您的岗位无权执行此操作。', 'Your role does not allow this.')
add('error.unauthenticated', '缺少有效的登录凭证，或用户名、密码错误。', 'Missing or invalid credentials, or wrong username or password.')
add('error.badCredentials', '用户名或密码错误。', 'Wrong username or password.')
add('error.accountLocked', '密码错误次数过多，账户已临时锁定，请稍后再试。', 'Too many wrong passwords: the account is locked for a while.')
add('error.accountDisabled', '该账户已停用。', 'This account is disabled.')
add('error.concurrentEdit', '该记录已被他人修改，请刷新后重试。', 'Someone else changed this record; reload and try again.')
add('error.unexpected', '服务器内部错误（错误编号 {0}），已记录，请联系管理员。', 'Internal error (id {0}); it has been logged. Please tell your administrator.')

root = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources'
def esc(v): return v.replace('\n', '\\n')
for idx, suffix in ((0, 'zh_CN'), (1, 'en')):
    path = root / ('messages_%s.properties' % suffix)
    lines = ['# Generated from tools/messages.py; edit there, then run it.']
    lines += ['%s=%s' % (k, esc(v[idx])) for k, v in M.items()]
    path.write_text('\n'.join(lines) + '\n', encoding='utf-8')
print(len(M), 'keys written')
