#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Cell_f73d1f55
{
    wp::float32 mass;


    Cell_f73d1f55() = default;
    CUDA_CALLABLE Cell_f73d1f55(wp::float32 const& mass)
        : mass{mass}

    {
    }

    CUDA_CALLABLE Cell_f73d1f55& operator += (const Cell_f73d1f55& rhs)
    {    mass += rhs.mass;

        return *this;}

};

static CUDA_CALLABLE void adj_Cell_f73d1f55(wp::float32 const&,
    wp::float32 & adj_mass,
    Cell_f73d1f55 & adj_ret)
{
    adj_mass += adj_ret.mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE Cell_f73d1f55 add(const Cell_f73d1f55& a, const Cell_f73d1f55& b)
{
    return Cell_f73d1f55();
}

CUDA_CALLABLE void adj_atomic_add(Cell_f73d1f55* p, Cell_f73d1f55 t)
{
    wp::adj_atomic_add(&p->mass, t.mass);
}




// warpsynth/array_subscript_annotations.py:11
static wp::float32 total_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def total(a: wp.array[float], n: int) -> float:                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(n):                                                                     <L 14>
    var_2 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // s += a[i]                                                                          <L 15>
        var_4 = wp::address(var_a, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        wp::assign(var_1, var_5);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 16>
    return var_1;
}


// warpsynth/array_subscript_annotations.py:11
static void adj_total_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def total(a: wp.array[float], n: int) -> float:                                        <L 12>
    // s = float(0.0)                                                                         <L 13>
    var_1 = wp::float(var_0);
    // for i in range(n):                                                                     <L 14>
    var_2 = wp::range(var_n);
    // return s                                                                               <L 16>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 16>
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
        // s += a[i]                                                                          <L 15>
        var_4 = wp::address(var_a, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_1, var_6);
        wp::assign(var_1, var_5);
        wp::adj_assign(var_1, var_5, adj_1, adj_5);
        wp::adj_add(var_1, var_6, adj_1, adj_4, adj_5);
        wp::adj_address(var_a, var_3, adj_a, adj_3, adj_4);
        // adj: s += a[i]                                                                     <L 15>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 14>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 13>
    // adj: def total(a: wp.array[float], n: int) -> float:                                   <L 12>
    return;
}

struct wp_args_k_d28f0805 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> m;
    wp::array_t<wp::float32> g;
    wp::array_t<Cell_f73d1f55> c;
    wp::array_t<wp::int32> q;
};


template <bool wp_linear_contiguous>
static void k_d28f0805_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_d28f0805 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_g = _wp_args->g;
    wp::array_t<Cell_f73d1f55> var_c = _wp_args->c;
    wp::array_t<wp::int32> var_q = _wp_args->q;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::mat_t<2, 2, wp::float32>* var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::mat_t<2, 2, wp::float32> var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    Cell_f73d1f55* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    wp::int32* var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def k(                                                                                 <L 20>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])       <L 29>
    var_2 = total_0(var_a, var_1);
    var_3 = wp::address(var_v, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::add(var_2, var_5);
    var_9 = wp::address(var_m, var_0, var_8);
    var_13 = wp::load(var_9);
    var_12 = wp::extract(var_13, var_10, var_11);
    var_14 = wp::add(var_7, var_12);
    var_17 = wp::address(var_g, var_0, var_15, var_16);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_14, var_19);
    var_20 = wp::address(var_c, var_0);
    var_21 = &(((*wp::address(var_c, var_0))).mass);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_18, var_23);
    var_27 = wp::address(var_q, var_0, var_24, var_25, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::float(var_29);
    var_30 = wp::add(var_22, var_28);
    wp::array_store(var_a, var_0, var_30);
}



template <bool wp_linear_contiguous>
static void k_d28f0805_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_d28f0805 *_wp_args,
    wp_args_k_d28f0805 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::float32> var_g = _wp_args->g;
    wp::array_t<Cell_f73d1f55> var_c = _wp_args->c;
    wp::array_t<wp::int32> var_q = _wp_args->q;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::float32> adj_g = _wp_adj_args->g;
    wp::array_t<Cell_f73d1f55> adj_c = _wp_adj_args->c;
    wp::array_t<wp::int32> adj_q = _wp_adj_args->q;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::mat_t<2, 2, wp::float32>* var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::mat_t<2, 2, wp::float32> var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    Cell_f73d1f55* var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    wp::int32* var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::mat_t<2, 2, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<2, 2, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    Cell_f73d1f55 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    //---------
    // forward
    // def k(                                                                                 <L 20>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])       <L 29>
    var_2 = total_0(var_a, var_1);
    var_3 = wp::address(var_v, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::add(var_2, var_5);
    var_9 = wp::address(var_m, var_0, var_8);
    var_13 = wp::load(var_9);
    var_12 = wp::extract(var_13, var_10, var_11);
    var_14 = wp::add(var_7, var_12);
    var_17 = wp::address(var_g, var_0, var_15, var_16);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_14, var_19);
    var_20 = wp::address(var_c, var_0);
    var_21 = &(((*wp::address(var_c, var_0))).mass);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_18, var_23);
    var_27 = wp::address(var_q, var_0, var_24, var_25, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::float(var_29);
    var_30 = wp::add(var_22, var_28);
    // wp::array_store(var_a, var_0, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_30, adj_a, adj_0, adj_30);
    wp::adj_add(var_22, var_28, adj_22, adj_28, adj_30);
    wp::adj_float(var_29, adj_27, adj_28);
    wp::adj_address(var_q, var_0, var_24, var_25, var_26, adj_q, adj_0, adj_24, adj_25, adj_26, adj_27);
    wp::adj_add(var_18, var_23, adj_18, adj_21, adj_22);
    adj_20.mass += adj_21;
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_20);
    wp::adj_add(var_14, var_19, adj_14, adj_17, adj_18);
    wp::adj_address(var_g, var_0, var_15, var_16, adj_g, adj_0, adj_15, adj_16, adj_17);
    wp::adj_add(var_7, var_12, adj_7, adj_12, adj_14);
    wp::adj_extract(var_13, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    wp::adj_address(var_m, var_0, var_8, adj_m, adj_0, adj_8, adj_9);
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
    adj_total_0(var_a, var_1, adj_a, adj_1, adj_2);
    // adj: a[i] = total(a, 3) + v[i][1] + m[i, 0][1, 1] + g[i, 0, 0] + c[i].mass + float(q[i, 0, 0, 0])  <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def k(                                                                            <L 20>
    return;
}



struct k_d28f0805_cpu_block_payload_forward
{
    wp_args_k_d28f0805* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_d28f0805_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_d28f0805_cpu_block_payload_forward* payload = (k_d28f0805_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_d28f0805_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_d28f0805_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_d28f0805 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_d28f0805_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_d28f0805_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_d28f0805_cpu_block_payload_backward
{
    wp_args_k_d28f0805* args;
    wp_args_k_d28f0805* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_d28f0805_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_d28f0805_cpu_block_payload_backward* payload = (k_d28f0805_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_d28f0805_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_d28f0805_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_d28f0805 *_wp_args,
    wp_args_k_d28f0805 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_d28f0805_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_d28f0805_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

