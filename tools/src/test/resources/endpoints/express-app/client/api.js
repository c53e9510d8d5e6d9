// Browser code in the same repository: an HTTP client, not routes.
import axios from 'axios';
const api = axios.create({ baseURL: '/api' });
export const listUsers = (params) => api.get('/users', { params });
export const saveUser = (data) => api.post('/users', data);
