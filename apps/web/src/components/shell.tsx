import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ROLE_NAMES } from '../lib/vocabulary';
import { useSession } from '../session/session';

/** The menu each role sees. */
const NAVIGATION: Record<string, { path: string; label: string }[]> = {
  officer: [
    { path: '/ban-lam-viec', label: 'Bàn làm việc' },
    { path: '/ban-lam-viec/tiep-nhan', label: 'Tiếp nhận hồ sơ' },
    { path: '/phan-anh-kien-nghi', label: 'Phản ánh, kiến nghị' },
  ],
  leader: [
    { path: '/ban-lam-viec', label: 'Bàn làm việc' },
    { path: '/phan-anh-kien-nghi', label: 'Phản ánh, kiến nghị' },
  ],
  supervisor: [
    { path: '/giam-sat', label: 'Giám sát' },
    { path: '/phan-anh-kien-nghi', label: 'Phản ánh, kiến nghị' },
    { path: '/chi-so-766', label: 'Chỉ số 766' },
  ],
  metrics: [{ path: '/chi-so-766', label: 'Chỉ số 766' }],
  admin: [
    { path: '/quan-tri/dong-bo-cong-quoc-gia', label: 'Đồng bộ Cổng DVCQG' },
    { path: '/chi-so-766', label: 'Chỉ số 766' },
  ],
  applicant: [],
};

/** Header (the system, the menu, who is signed in) around every page. */
export function Shell({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items = [
    ...(session ? (NAVIGATION[session.role] ?? []) : []),
    { path: '/tra-cuu', label: 'Tra cứu hồ sơ' },
    { path: '/gui-phan-anh', label: 'Gửi phản ánh' },
  ];
  const selected = items
    .map((i) => i.path)
    .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
          Một cửa
        </Link>
        <nav aria-label="Điều hướng chính" style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={items.map((i) => ({ key: i.path, label: <Link to={i.path}>{i.label}</Link> }))}
          />
        </nav>
        {session && (
          <Space size="small">
            <Typography.Text style={{ color: '#fff' }} className="who">
              {session.name} · {ROLE_NAMES[session.role] ?? session.role} · {session.agency}
            </Typography.Text>
            <Button
              size="small"
              onClick={() => {
                signOut();
                void navigate('/dang-nhap');
              }}
            >
              Đăng xuất
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
